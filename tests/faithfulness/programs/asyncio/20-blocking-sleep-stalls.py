# time.sleep inside a coroutine blocks the whole loop: the other task cannot tick meanwhile.
import asyncio
import time

log = []

async def ticker():
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.05)

async def blocker():
    log.append("block start")
    time.sleep(0.3)
    log.append("block end")

async def main():
    start = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print(log)
    print("took longer than the blocking sleep:", time.monotonic() - start >= 0.3)

asyncio.run(main())
