import time

from machine import cpu_time, make_task


def classify(task):
    """Runs `task()` once and returns "CPU-bound" or "I/O-bound".

    A task is CPU-bound when the processor was busy for more than half of the
    time it took, and I/O-bound otherwise.
    """
    before = cpu_time()
    task()
    busy = cpu_time() - before
    # Compares busy time with a fixed amount instead of with the total time.
    return "CPU-bound" if busy > 0.2 else "I/O-bound"


def main():
    tasks = [
        make_task("word-count", [("io", 0.1), ("cpu", 0.6)]),
        make_task("download-maps", [("io", 1.2), ("cpu", 0.1)]),
    ]
    for task in tasks:
        print(task.__name__, "is", classify(task))


if __name__ == "__main__":
    main()
