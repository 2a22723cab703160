# RLock can be re-acquired by its owner; a plain Lock cannot, and another thread waits for both.
import threading

rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered the RLock")

lock = threading.Lock()
lock.acquire()
print("second acquire of a Lock:", lock.acquire(timeout=0.05))
print("non-blocking acquire:", lock.acquire(blocking=False))
lock.release()

results = []

def other():
    results.append(("other got rlock", rlock.acquire(timeout=0.05)))

rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(results)
try:
    rlock.release()
except RuntimeError as error:
    print("RuntimeError:", error)
