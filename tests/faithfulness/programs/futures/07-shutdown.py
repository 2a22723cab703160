# After shutdown no new work is accepted; cancel_futures drops queued work.
from concurrent.futures import ThreadPoolExecutor
import time

pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(time.sleep, 0.1)
rest = [pool.submit(time.sleep, 0.1) for _ in range(3)]
pool.shutdown(wait=True, cancel_futures=True)
print("first done:", first.done(), "others cancelled:", [f.cancelled() for f in rest])
try:
    pool.submit(print, "never")
except RuntimeError as error:
    print("RuntimeError:", error)
