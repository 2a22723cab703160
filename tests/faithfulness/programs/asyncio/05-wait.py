# asyncio.wait with FIRST_COMPLETED and ALL_COMPLETED returns (done, pending) sets.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.3), ("y", 0.02), ("z", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print("all:", sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(job("slow", 0.3))
    done, pending = await asyncio.wait([slow], timeout=0.05)
    print("timeout:", len(done), len(pending))
    slow.cancel()

asyncio.run(main())
