# The programming guideline "join processes that use queues only after draining
# them": a child whose big item is still in the pipe cannot exit yet.
import multiprocessing

def produce(q):
    q.put("x" * 200_000)  # larger than the pipe's 64 KiB buffer

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join(timeout=2)
    print("still alive before draining:", p.is_alive())
    item = q.get()
    p.join()
    print("got", len(item), "characters; exitcode", p.exitcode)
