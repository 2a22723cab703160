# SystemExit in a thread only ends that thread: nothing on stderr, and the program exits 0.
import sys
import threading

def leave():
    print("thread leaving")
    sys.exit(5)
    print("not reached")

t = threading.Thread(target=leave)
t.start()
t.join()
print("main still here")
