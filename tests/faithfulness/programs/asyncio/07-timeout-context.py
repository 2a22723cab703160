# asyncio.timeout cancels the block and raises TimeoutError outside it; reschedule extends it.
import asyncio
import time

async def main():
    start = time.monotonic()
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out:", cm.expired(), 0.09 < time.monotonic() - start < 0.3)
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.2)
        await asyncio.sleep(0.05)
    print("rescheduled block finished:", not cm.expired())

asyncio.run(main())
