# With the spawn start method, a child re-imports the main module as __mp_main__,
# so unguarded top-level code runs again there and guarded code does not.
import multiprocessing

print("top level runs as", __name__, flush=True)

def child():
    print("child running", flush=True)

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=child)
    p.start()
    p.join()
    print("parent done, exitcode", p.exitcode)
