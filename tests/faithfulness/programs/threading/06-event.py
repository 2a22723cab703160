# Event: wait times out while clear, wakes when another thread sets it.
import threading
import time

ready = threading.Event()
print("wait before set:", ready.wait(timeout=0.05))

def setter():
    time.sleep(0.1)
    print("setting")
    ready.set()

threading.Thread(target=setter).start()
print("waiting")
print("wait result:", ready.wait(timeout=2))
print("is_set:", ready.is_set())
ready.clear()
print("after clear:", ready.is_set())
