# ProcessPoolExecutor: submit and map with a module-level function, under the main guard.
from concurrent.futures import ProcessPoolExecutor

def cube(x):
    return x ** 3

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(cube, 3).result())
        print(list(pool.map(cube, range(6))))
        try:
            pool.submit(cube, "x").result()
        except TypeError as error:
            print("TypeError:", error)
