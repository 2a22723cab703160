# Two threads: one fails (traceback on stderr via excepthook), one finishes; exit status 0.
import threading
import time

def good():
    time.sleep(0.1)
    print("good thread finished")

def bad():
    time.sleep(0.05)
    items = []
    return items[3]

threads = [threading.Thread(target=good, name="good"), threading.Thread(target=bad, name="bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("joined both")
