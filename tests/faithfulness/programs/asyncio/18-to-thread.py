# asyncio.to_thread keeps the loop free: a heartbeat task ticks while the blocking call sleeps.
import asyncio
import threading
import time

def blocking():
    time.sleep(0.2)
    return threading.current_thread() is not threading.main_thread()

async def heartbeat(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.02)
    return ticks

async def main():
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    in_other_thread = await asyncio.to_thread(blocking)
    stop.set()
    print("ran in another thread:", in_other_thread)
    print("loop kept running:", await beat >= 5)

asyncio.run(main())
