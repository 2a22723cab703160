# Pool.map keeps input order; apply_async returns an AsyncResult.
import multiprocessing

def square(x):
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(8)))
        result = pool.apply_async(square, (12,))
        print(result.get(timeout=10), result.successful())
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
