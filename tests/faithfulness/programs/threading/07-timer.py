# Timer runs its function once after the delay; a cancelled Timer never runs.
import threading
import time

start = time.monotonic()
fired = threading.Event()

def ring(label):
    print("ring", label)
    fired.set()

t = threading.Timer(0.1, ring, args=("A",))
t.start()
cancelled = threading.Timer(0.05, ring, args=("B",))
cancelled.start()
cancelled.cancel()
fired.wait()
t.join()
cancelled.join()
print("waited at least the delay:", time.monotonic() - start >= 0.095)
print("finished:", t.finished.is_set(), cancelled.finished.is_set())
