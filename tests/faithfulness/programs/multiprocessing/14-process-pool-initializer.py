# ProcessPoolExecutor: each worker runs the initializer once; results keep the map order.
from concurrent.futures import ProcessPoolExecutor

factor = 1

def setup(value):
    global factor
    factor = value

def scale(x):
    return x * factor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=(10,)) as pool:
        print(list(pool.map(scale, range(5))))
    print("parent factor is still", factor)
