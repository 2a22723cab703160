# Semaphore(2) lets two workers in at a time; BoundedSemaphore refuses an extra release.
import threading
import time

sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()

def work():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.05)
        with guard:
            inside -= 1

threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", most)

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as error:
    print("ValueError:", error)
print("acquire with timeout:", threading.Semaphore(0).acquire(timeout=0.05))
