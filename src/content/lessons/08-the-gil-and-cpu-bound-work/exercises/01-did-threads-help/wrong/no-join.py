import threading
import time

from jobs import crunch, fetch


def measure(job, names):
    """Runs job(name) for every name twice: one after another, then one thread
    per name. Returns (sequential_seconds, threaded_seconds)."""
    started = time.perf_counter()
    for name in names:
        job(name)
    sequential = time.perf_counter() - started

    started = time.perf_counter()
    threads = [threading.Thread(target=job, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    threaded = time.perf_counter() - started
    return sequential, threaded


def threads_helped(job, names):
    """True if threads made the job at least 1.5 times faster."""
    sequential, threaded = measure(job, names)
    return sequential >= 1.5 * threaded


def main():
    names = ["a", "b", "c", "d"]
    for job in (crunch, fetch):
        sequential, threaded = measure(job, names)
        print(f"{job.__name__}: one after another {sequential:.2f} s, threads {threaded:.2f} s")
        print(f"{job.__name__}: threads helped? {threads_helped(job, names)}")


if __name__ == "__main__":
    main()
