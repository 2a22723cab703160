# join(timeout) returns after the timeout with the thread still alive.
import threading
import time

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
start = time.monotonic()
t.join(timeout=0.1)
print("returned after timeout:", time.monotonic() - start >= 0.095)
print("still alive:", t.is_alive())
stop.set()
t.join()
print("alive after set:", t.is_alive())
