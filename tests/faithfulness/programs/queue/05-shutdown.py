# Queue.shutdown (Python 3.13+): puts fail at once, gets drain then fail; immediate drops the rest.
# faithful: skip-cpython-below 3.13 (Queue.shutdown and queue.ShutDown are new in 3.13)
import queue
import threading

q = queue.Queue()
q.put(1)
q.put(2)
q.shutdown()
try:
    q.put(3)
except queue.ShutDown:
    print("put after shutdown: ShutDown")
print(q.get(), q.get())
try:
    q.get()
except queue.ShutDown:
    print("get on empty shut-down queue: ShutDown")

blocked = queue.Queue()
outcome = []

def getter():
    try:
        blocked.get()
    except queue.ShutDown:
        outcome.append("woken by ShutDown")

t = threading.Thread(target=getter)
t.start()
blocked.shutdown(immediate=True)
t.join()
print(outcome)

dropped = queue.Queue()
dropped.put("a")
dropped.shutdown(immediate=True)
print("size after immediate:", dropped.qsize())
