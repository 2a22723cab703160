import asyncio

from quotes import fetch_quote, show


async def show_quotes(suppliers):
    # The right order, but only after every supplier has answered: the quick
    # quotes sit unseen until the slowest one arrives.
    quotes = await asyncio.gather(*(fetch_quote(name, seconds) for name, seconds in suppliers))
    seconds_for = dict(suppliers)
    shown = []
    for supplier, price in sorted(quotes, key=lambda quote: seconds_for[quote[0]]):
        show(supplier, price)
        shown.append(supplier)
    return shown


async def main():
    print(await show_quotes([("farm", 0.5), ("dairy", 0.2), ("smokehouse", 0.3)]))


if __name__ == "__main__":
    asyncio.run(main())
