# A CancelledError nobody catches propagates out of asyncio.run: traceback and exit status 1.
import asyncio

async def victim():
    await asyncio.sleep(1)

async def main():
    task = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    task.cancel("stop now")
    await task

asyncio.run(main())
