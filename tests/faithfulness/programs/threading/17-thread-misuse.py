# The RuntimeErrors for starting twice, joining before start and joining oneself.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as error:
    print("RuntimeError:", error)
t.start()
t.join()
try:
    t.start()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    threading.current_thread().join()
except RuntimeError as error:
    print("RuntimeError:", error)
