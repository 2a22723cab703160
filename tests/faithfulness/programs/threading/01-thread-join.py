# Threads overlap their sleeps; join waits; results arrive in order of sleep length.
import threading
import time

done = []

def work(name, delay):
    time.sleep(delay)
    done.append(name)

start = time.monotonic()
threads = [threading.Thread(target=work, args=(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
for t in threads:
    t.start()
print("alive after start:", [t.is_alive() for t in threads])
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("alive after join:", [t.is_alive() for t in threads])
print("finish order:", done)
print("overlapped:", 0.29 < elapsed < 0.55)
