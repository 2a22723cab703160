# Empty and Full, with and without timeouts.
import queue
import time

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
start = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty as error:
    print("Empty after timeout:", time.monotonic() - start >= 0.095, repr(error))
q.put("x")
try:
    q.put_nowait("y")
except queue.Full:
    print("Full from put_nowait")
start = time.monotonic()
try:
    q.put("y", timeout=0.1)
except queue.Full:
    print("Full after timeout:", time.monotonic() - start >= 0.095)
try:
    q.get(timeout=-1)
except ValueError as error:
    print("ValueError:", error)
