import logging
import threading

from cafe import make

# %(thread)d is the thread identifier, a number, not its name.
FORMAT = "%(thread)d | %(message)s"


def work(drinks):
    for drink in drinks:
        make(drink)


def run_baristas(orders):
    """Starts one thread per barista in `orders` (name -> list of drinks) and waits for all."""
    # Naming each thread after its barista is what makes %(threadName)s useful:
    # otherwise the log says "Thread-3 (work)".
    threads = [threading.Thread(target=work, args=(drinks,), name=name) for name, drinks in orders.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main():
    logging.basicConfig(level=logging.INFO, format=FORMAT)
    run_baristas({"ana": ["latte", "espresso"], "ben": ["mocha"], "cy": ["chai", "cortado"]})


if __name__ == "__main__":
    main()
