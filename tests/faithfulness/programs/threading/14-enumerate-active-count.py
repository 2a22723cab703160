# active_count and enumerate see running threads, not finished ones.
import threading

go = threading.Event()
threads = [threading.Thread(target=go.wait, name=f"waiter-{i}") for i in range(2)]
print(threading.active_count())
for t in threads:
    t.start()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
go.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
