# An exception in a coroutine passes out of asyncio.run with the coroutine frames in its traceback.
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise LookupError("not here")

async def main():
    print("main starts")
    await inner()

asyncio.run(main())
