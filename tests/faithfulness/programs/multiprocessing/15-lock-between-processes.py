# A multiprocessing.Lock makes a read-modify-write of shared memory safe across processes.
import multiprocessing
import time

def add(total, lock):
    for _ in range(40):
        with lock:
            value = total.value
            time.sleep(0.001)
            total.value = value + 1

if __name__ == "__main__":
    total = multiprocessing.Value("i", 0, lock=False)
    lock = multiprocessing.Lock()
    procs = [multiprocessing.Process(target=add, args=(total, lock)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("total:", total.value)
