# as_completed yields futures as they finish.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def job(name, delay):
    time.sleep(delay)
    return name

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(job, n, d): n for n, d in [("slow", 0.2), ("fast", 0.05), ("mid", 0.12)]}
    for future in as_completed(futures):
        print(futures[future], "->", future.result())
