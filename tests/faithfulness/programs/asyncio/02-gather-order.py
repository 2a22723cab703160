# gather returns results in argument order and takes as long as the longest.
import asyncio
import time

async def wait(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name

async def main():
    start = time.monotonic()
    results = await asyncio.gather(wait("slow", 0.3), wait("fast", 0.1), wait("mid", 0.2))
    print(results, 0.29 < time.monotonic() - start < 0.55)

asyncio.run(main())
