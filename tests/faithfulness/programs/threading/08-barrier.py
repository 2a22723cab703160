# Barrier releases all parties together and runs its action once; a timeout breaks it.
import threading
import time

arrived = []

def action():
    print("all arrived:", sorted(arrived))

barrier = threading.Barrier(3, action=action)

def party(name, delay):
    time.sleep(delay)
    arrived.append(name)
    barrier.wait()

threads = [threading.Thread(target=party, args=(n, d)) for n, d in [("a", 0.05), ("b", 0.1), ("c", 0.15)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)

lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("BrokenBarrierError, broken =", lonely.broken)
