# A multiprocessing.Queue carries results from a child process back to the parent.
import multiprocessing

def produce(q):
    for i in range(3):
        q.put(("item", i))
    q.put(None)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    while (item := q.get()) is not None:
        print(item)
    p.join()
    print("exitcode", p.exitcode)
