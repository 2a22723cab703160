# A custom threading.excepthook receives the exception type, value and thread.
import threading

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook

def fail():
    raise KeyError("missing")

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("done")
