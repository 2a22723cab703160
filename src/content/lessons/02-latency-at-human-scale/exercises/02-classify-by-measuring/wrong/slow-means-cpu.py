import time

from machine import cpu_time, make_task


def classify(task):
    """Runs `task()` once and returns "CPU-bound" or "I/O-bound".

    A task is CPU-bound when the processor was busy for more than half of the
    time it took, and I/O-bound otherwise.
    """
    started = time.perf_counter()
    task()
    wall = time.perf_counter() - started
    # Judges by wall-clock time alone: a long wait looks like hard work.
    return "CPU-bound" if wall > 0.5 else "I/O-bound"


def main():
    tasks = [
        make_task("word-count", [("io", 0.1), ("cpu", 0.6)]),
        make_task("download-maps", [("io", 1.2), ("cpu", 0.1)]),
    ]
    for task in tasks:
        print(task.__name__, "is", classify(task))


if __name__ == "__main__":
    main()
