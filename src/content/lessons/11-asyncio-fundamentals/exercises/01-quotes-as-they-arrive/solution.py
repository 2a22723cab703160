import asyncio

from quotes import fetch_quote, show


async def show_quotes(suppliers):
    """Asks every (supplier, seconds) pair for a quote and shows each quote
    with show(supplier, price) as soon as it arrives.

    Returns the supplier names in the order their quotes were shown.
    """
    requests = [fetch_quote(name, seconds) for name, seconds in suppliers]
    shown = []
    # as_completed hands back awaitables in the order they finish, so each
    # quote is shown while the slower suppliers are still thinking.
    for next_quote in asyncio.as_completed(requests):
        supplier, price = await next_quote
        show(supplier, price)
        shown.append(supplier)
    return shown


async def main():
    order = await show_quotes([("farm", 0.5), ("dairy", 0.2), ("smokehouse", 0.3)])
    print("shown in this order:", order)


if __name__ == "__main__":
    asyncio.run(main())
