# as_completed yields awaitables in completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    for next_done in asyncio.as_completed([job("c", 0.15), job("a", 0.05), job("b", 0.1)]):
        print(await next_done)
    try:
        for next_done in asyncio.as_completed([job("late", 0.2)], timeout=0.05):
            await next_done
    except TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
