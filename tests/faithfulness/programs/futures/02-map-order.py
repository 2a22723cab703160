# map yields results in input order even when later inputs finish first.
from concurrent.futures import ThreadPoolExecutor
import time

finished = []

def wait(delay):
    time.sleep(delay)
    finished.append(delay)
    return delay * 10

with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(wait, [0.15, 0.05, 0.1])))
print("finish order:", finished)
