# submit returns a Future; result() waits for it.
from concurrent.futures import ThreadPoolExecutor
import time

def square(x):
    time.sleep(0.05)
    return x * x

with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(square, 7)
    print("done right away:", future.done())
    print("result:", future.result())
    print("done now:", future.done(), future.running(), future.cancelled())
    print(future.result(timeout=0))
