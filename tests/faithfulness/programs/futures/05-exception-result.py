# A worker's exception comes back through exception() and is re-raised by result().
from concurrent.futures import ThreadPoolExecutor

def divide(a, b):
    return a / b

with ThreadPoolExecutor() as pool:
    ok = pool.submit(divide, 1, 2)
    bad = pool.submit(divide, 1, 0)
    print(ok.result(), repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as error:
        print("caught:", error)
    bad.result()
