# An uncaught exception in a thread prints through threading.excepthook; the program goes on and exits 0.
import threading

def boom():
    raise ValueError("boom in worker")

t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print("main continues")
