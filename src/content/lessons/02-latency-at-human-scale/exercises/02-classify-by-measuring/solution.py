import time

from machine import cpu_time, make_task


def classify(task):
    """Runs `task()` once and returns "CPU-bound" or "I/O-bound".

    A task is CPU-bound when the processor was busy for more than half of the
    time it took, and I/O-bound otherwise.
    """
    # Read both clocks before and after one run: the difference in cpu_time()
    # is the busy part of the difference in wall-clock time.
    wall_before, cpu_before = time.perf_counter(), cpu_time()
    task()
    wall = time.perf_counter() - wall_before
    busy = cpu_time() - cpu_before
    return "CPU-bound" if busy > wall / 2 else "I/O-bound"


def main():
    tasks = [
        make_task("word-count", [("io", 0.1), ("cpu", 0.6)]),
        make_task("download-maps", [("io", 1.2), ("cpu", 0.1)]),
    ]
    for task in tasks:
        print(task.__name__, "is", classify(task))


if __name__ == "__main__":
    main()
