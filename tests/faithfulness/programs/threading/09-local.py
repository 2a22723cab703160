# threading.local gives each thread its own attributes.
import threading
import time

data = threading.local()
data.name = "main"
seen = {}

def work(name, delay):
    print("has name before set:", hasattr(data, "name"))
    data.name = name
    time.sleep(delay)
    seen[name] = data.name

threads = [threading.Thread(target=work, args=(n, d)) for n, d in [("x", 0.1), ("y", 0.05)]]
for t in threads:
    t.start()
    t.join(0.01)
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main still sees:", data.name)
