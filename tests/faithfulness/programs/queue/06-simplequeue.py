# SimpleQueue between threads, with a sentinel to stop.
import queue
import threading

q = queue.SimpleQueue()
out = []

def consume():
    while (item := q.get()) is not None:
        out.append(item * 10)

t = threading.Thread(target=consume)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
t.join()
print(out, q.empty())
