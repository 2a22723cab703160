# The three queue orders.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        q.put(item)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(3)], q.empty())
