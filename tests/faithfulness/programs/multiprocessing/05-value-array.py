# Shared Value and Array; the Value's lock keeps every increment.
import multiprocessing

def add(counter, arr, index):
    for _ in range(500):
        with counter.get_lock():
            counter.value += 1
    arr[index] = index * index

if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    arr = multiprocessing.Array("d", 4)
    procs = [multiprocessing.Process(target=add, args=(counter, arr, i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value, list(arr))
