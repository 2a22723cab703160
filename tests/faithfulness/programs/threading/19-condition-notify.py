# notify(1) wakes one waiter, notify_all the rest.
# faithful: sort-lines
import threading
import time

cond = threading.Condition()
woken = []

def waiter(i):
    with cond:
        cond.wait()
        woken.append(i)
        print("woke", i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.1)
with cond:
    cond.notify(1)
time.sleep(0.1)
print("after notify(1):", len(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", len(woken))
