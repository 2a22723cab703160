# terminate() stops a child with SIGTERM (exit code -15); a daemonic child is
# terminated at exit instead of joined.
import multiprocessing
import time

def sleeper():
    time.sleep(60)

if __name__ == "__main__":
    p = multiprocessing.Process(target=sleeper, name="sleeper")
    p.start()
    print("alive after start:", p.is_alive())
    p.terminate()
    p.join()
    print("exitcode:", p.exitcode, "alive:", p.is_alive())
    d = multiprocessing.Process(target=sleeper, daemon=True)
    d.start()
    print("daemon:", d.daemon, "- the program ends without waiting for it")
