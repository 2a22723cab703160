# The program waits for non-daemon threads but not for daemon ones.
import threading
import time

forever = threading.Event()

def daemon_work():
    forever.wait()
    print("never printed")

def worker():
    time.sleep(0.1)
    print("worker finished after main")

d = threading.Thread(target=daemon_work, daemon=True)
d.start()
print("daemon:", d.daemon, threading.Thread(target=worker).daemon)
threading.Thread(target=worker).start()
print("main done")
