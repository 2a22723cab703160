# call_soon runs callbacks in order; call_later and call_at by their times.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.1, print, "later 0.1")
    loop.call_later(0.05, print, "later 0.05")
    loop.call_at(loop.time() + 0.15, done.set_result, "future set")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    print("scheduled")
    print(await done)

asyncio.run(main())
