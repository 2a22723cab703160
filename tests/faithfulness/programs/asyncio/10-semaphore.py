# asyncio.Semaphore(2) lets two tasks in at a time.
import asyncio

inside = 0
most = 0

async def work(sem, name):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        print("enter", name)
        await asyncio.sleep(0.05)
        inside -= 1

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(work(sem, i) for i in range(5)))
    print("most inside:", most, "locked:", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as error:
        print("ValueError:", error)

asyncio.run(main())
