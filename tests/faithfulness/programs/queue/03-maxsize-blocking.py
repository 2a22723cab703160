# With maxsize=2 the producer blocks until the slow consumer makes room.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
events = []

def producer():
    for i in range(4):
        q.put(i)
        events.append(f"put {i}")
    q.put(None)

def consumer():
    time.sleep(0.1)
    while (item := q.get()) is not None:
        events.append(f"got {item}")
        time.sleep(0.05)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
time.sleep(0.05)
print("before consumer starts:", list(events), q.full())
p.join()
c.join()
print([e for e in events if e.startswith("got")])
print("last put came after first get:", events.index("put 3") > events.index("got 0"))
