# Work sent to another process must pickle: a lambda cannot, a module-level function can.
import multiprocessing
import pickle

def double(x):
    return 2 * x

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
        try:
            pool.map(lambda x: 2 * x, [1, 2, 3])
        except (pickle.PicklingError, AttributeError) as error:
            print("cannot send a lambda:", type(error).__name__)
    try:
        pickle.dumps(lambda: None)
    except (pickle.PicklingError, AttributeError) as error:
        print("pickle.dumps(lambda):", type(error).__name__)
