# A running future cannot be cancelled; a queued one can, and its result() raises CancelledError.
from concurrent.futures import CancelledError, ThreadPoolExecutor
import threading

gate = threading.Event()
started = threading.Event()

def blocker():
    started.set()
    gate.wait()
    return "finished"

with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(blocker)
    queued = pool.submit(blocker)
    started.wait()
    print("cancel running:", running.cancel())
    print("cancel queued:", queued.cancel())
    print(running.cancelled(), queued.cancelled(), queued.done())
    gate.set()
print(running.result())
try:
    queued.result()
except CancelledError as error:
    print("CancelledError", repr(error))
