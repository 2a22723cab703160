import asyncio

from quotes import fetch_quote, show


async def show_quotes(suppliers):
    # Shows each quote as soon as it is awaited, but asks the next supplier
    # only after the previous one has answered.
    shown = []
    for name, seconds in suppliers:
        supplier, price = await fetch_quote(name, seconds)
        show(supplier, price)
        shown.append(supplier)
    return shown


async def main():
    print(await show_quotes([("farm", 0.5), ("dairy", 0.2), ("smokehouse", 0.3)]))


if __name__ == "__main__":
    asyncio.run(main())
