# Seed 004_d407fb2b6a95be46.txt, "Performance Comparison", adapted so that it
# runs on every version: the gather is awaited inside a coroutine, and the
# timings are printed to one decimal (real clocks jitter in the second).
import time
import asyncio
from concurrent.futures import ThreadPoolExecutor

def io_bound_task():
    time.sleep(0.1)  # Simulate I/O
    return "done"

start = time.time()
[io_bound_task() for _ in range(10)]
print(f"Sequential: {time.time() - start:.1f}s")  # ~1.0s

start = time.time()
with ThreadPoolExecutor(max_workers=10) as executor:
    list(executor.map(lambda _: io_bound_task(), range(10)))
print(f"Threaded: {time.time() - start:.1f}s")  # ~0.1s

async def async_io():
    await asyncio.sleep(0.1)
    return "done"

async def main():
    return await asyncio.gather(*[async_io() for _ in range(10)])

start = time.time()
asyncio.run(main())
print(f"Async: {time.time() - start:.1f}s")  # ~0.1s
