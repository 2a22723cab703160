# thread_name_prefix names the workers; max_workers caps how many exist.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

names = set()

def record(_):
    time.sleep(0.05)
    names.add(threading.current_thread().name)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
    list(pool.map(record, range(6)))
print(sorted(names))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as error:
    print("ValueError:", error)
