# Several consumer threads share one queue; which consumer gets which item is scheduling.
# faithful: sort-lines
import queue
import sys
import threading

q = queue.Queue()
total = 0
lock = threading.Lock()

def consumer(name):
    global total
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            # One write per line: print() writes the text and the newline separately,
            # and CPython's threads can interleave those writes.
            sys.stdout.write(f"{name} stopping\n")
            return
        with lock:
            total += item
        q.task_done()

threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in threads:
    t.start()
for i in range(1, 101):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print("total", total)
