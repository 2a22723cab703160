# join() returns once every item is marked done; one task_done too many is a ValueError.
import queue
import threading
import time

q = queue.Queue()
handled = []

def worker():
    while True:
        item = q.get()
        time.sleep(0.02)
        handled.append(item)
        q.task_done()

threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
q.join()
print("all done:", handled, q.unfinished_tasks)
try:
    q.task_done()
except ValueError as error:
    print("ValueError:", error)
