# Seed 004_d407fb2b6a95be46.txt, "Performance Comparison", verbatim. Its last
# line passes a gathering future to asyncio.run: Python 3.14 raises
# RuntimeError (no current event loop) from gather, 3.11-3.13 a ValueError
# from asyncio.run, so CPython below 3.14 cannot be the reference.
# faithful: skip-cpython-below 3.14 (asyncio.gather outside a loop raises RuntimeError only since 3.14)
# faithful: stderr ignore-addresses
import time
import asyncio
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def io_bound_task():
    time.sleep(0.1)  # Simulate I/O
    return "done"

def cpu_bound_task(n):
    return sum(i * i for i in range(n))

# Sequential
start = time.time()
[io_bound_task() for _ in range(10)]
print(f"Sequential: {time.time() - start:.2f}s")  # ~1.0s

# Threaded
start = time.time()
with ThreadPoolExecutor(max_workers=10) as executor:
    list(executor.map(lambda _: io_bound_task(), range(10)))
print(f"Threaded: {time.time() - start:.2f}s")  # ~0.1s

# Async
async def async_io():
    await asyncio.sleep(0.1)
    return "done"

start = time.time()
asyncio.run(asyncio.gather(*[async_io() for _ in range(10)]))
print(f"Async: {time.time() - start:.2f}s")  # ~0.1s
