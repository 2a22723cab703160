# Subclassing Thread and overriding run().
import threading

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"squarer-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

workers = [Squarer(n) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
