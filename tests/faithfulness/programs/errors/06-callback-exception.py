# An exception in a plain loop callback is logged by the loop's exception handler; the loop goes on.
import asyncio

def bad_callback():
    raise RuntimeError("callback broke")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("loop still running")

asyncio.run(main())
