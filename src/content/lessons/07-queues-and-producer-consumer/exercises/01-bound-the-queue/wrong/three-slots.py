import queue
import threading
import time

from bakery import bake, decorate

DONE = None  # the sentinel: "no more cakes"


def oven(shelf, count):
    """The producer: bakes `count` cakes and puts each on the shelf."""
    for number in range(count):
        shelf.put(bake(number))
    shelf.put(DONE)


def decorator(shelf, finished):
    """The consumer: decorates cakes from the shelf until it meets the sentinel."""
    while (cake := shelf.get()) is not DONE:
        finished.append(decorate(cake))


def run_bakery(count):
    """Bakes and decorates `count` cakes; returns the decorated cakes in order."""
    shelf = queue.Queue(maxsize=3)  # one slot too many
    finished = []
    threads = [
        threading.Thread(target=oven, args=(shelf, count), name="oven"),
        threading.Thread(target=decorator, args=(shelf, finished), name="decorator"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return finished


def main():
    started = time.perf_counter()
    print(run_bakery(5))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
