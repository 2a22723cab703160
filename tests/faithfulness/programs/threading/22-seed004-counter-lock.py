# Seed 004_d407fb2b6a95be46.txt, "Using Locks": the Counter class verbatim,
# then (added) four threads that use it.
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            self.value += 1

    def get(self):
        with self.lock:
            return self.value

# --- added so that the example runs and shows its result ---
counter = Counter()

def work():
    for _ in range(1000):
        counter.increment()

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.get())
