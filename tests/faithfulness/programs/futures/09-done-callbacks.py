# add_done_callback runs when the future completes, or at once if it already has.
from concurrent.futures import ThreadPoolExecutor
import time

with ThreadPoolExecutor() as pool:
    f = pool.submit(lambda: (time.sleep(0.05), "value")[1])
    f.add_done_callback(lambda fut: print("callback saw", fut.result()))
    f.result()
    time.sleep(0.02)
    print("adding to a finished future")
    f.add_done_callback(lambda fut: print("immediate callback", fut.done()))
print("end")
