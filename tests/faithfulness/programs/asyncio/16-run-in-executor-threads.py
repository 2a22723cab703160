# run_in_executor with the default executor and an explicit ThreadPoolExecutor overlaps blocking calls.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(name, delay):
    time.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, "default-a", 0.2),
        loop.run_in_executor(None, blocking, "default-b", 0.2),
    )
    print(results, "overlapped:", time.monotonic() - start < 0.35)
    with ThreadPoolExecutor(max_workers=2) as pool:
        start = time.monotonic()
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, f"pool-{i}", 0.2) for i in range(2)))
        print(results, "overlapped:", time.monotonic() - start < 0.35)

asyncio.run(main())
