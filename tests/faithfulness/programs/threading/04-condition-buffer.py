# A bounded buffer built on Condition: the consumer waits for items, the producer for space.
import threading

buffer = []
cond = threading.Condition()
log = []

def producer():
    for i in range(6):
        with cond:
            cond.wait_for(lambda: len(buffer) < 2)
            buffer.append(i)
            cond.notify_all()

def consumer():
    for _ in range(6):
        with cond:
            cond.wait_for(lambda: buffer)
            log.append(buffer.pop(0))
            cond.notify_all()

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
with cond:
    print("wait timed out:", cond.wait(timeout=0.05))
