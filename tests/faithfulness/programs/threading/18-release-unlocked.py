# Releasing an unlocked Lock is an uncaught RuntimeError: traceback and exit status 1.
import threading

lock = threading.Lock()
with lock:
    print("held:", lock.locked())
lock.release()
