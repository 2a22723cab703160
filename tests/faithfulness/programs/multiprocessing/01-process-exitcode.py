# Process.join and exitcode: normal return, sys.exit(3), and an uncaught exception (traceback on stderr).
import multiprocessing
import sys

def ok():
    print("child ok", flush=True)

def leave():
    sys.exit(3)

def crash():
    raise ValueError("child failed")

if __name__ == "__main__":
    for target in (ok, leave, crash):
        p = multiprocessing.Process(target=target, name=f"proc-{target.__name__}")
        print("exitcode before start:", p.exitcode)
        p.start()
        p.join()
        print(target.__name__, "exitcode:", p.exitcode, "alive:", p.is_alive())
