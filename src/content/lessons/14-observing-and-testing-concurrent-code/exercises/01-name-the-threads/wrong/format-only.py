import logging
import threading

from cafe import make

# The thread name is in the format now, but the threads are still unnamed.
FORMAT = "%(threadName)s | %(message)s"


def work(drinks):
    for drink in drinks:
        make(drink)


def run_baristas(orders):
    """Starts one thread per barista in `orders` (name -> list of drinks) and waits for all."""
    threads = [threading.Thread(target=work, args=(drinks,)) for drinks in orders.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main():
    logging.basicConfig(level=logging.INFO, format=FORMAT)
    run_baristas({"ana": ["latte", "espresso"], "ben": ["mocha"], "cy": ["chai", "cortado"]})


if __name__ == "__main__":
    main()
