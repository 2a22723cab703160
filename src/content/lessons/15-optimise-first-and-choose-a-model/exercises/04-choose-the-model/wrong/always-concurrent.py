def choose(workload):
    """Picks a model for `workload`: "sequential", "processes", "asyncio" or "threads".

    `workload` is a dict with "cpu_seconds" (time spent computing),
    "wait_seconds" (time spent waiting for I/O) and "async_library" (True when
    the library it waits through has an async API).
    """
    total = workload["cpu_seconds"] + workload["wait_seconds"]
    # Every workload gets concurrency, however small it is.
    # Mostly computing: only separate processes run Python on several cores.
    if workload["cpu_seconds"] > workload["wait_seconds"]:
        return "processes"
    # Mostly waiting: asyncio if the library can cooperate with the loop,
    # otherwise threads, which make a blocking library overlap anyway.
    return "asyncio" if workload["async_library"] else "threads"


def main():
    examples = [
        {"name": "thumbnail 2,000 photos", "cpu_seconds": 90, "wait_seconds": 3, "async_library": False},
        {"name": "fetch 300 web pages", "cpu_seconds": 2, "wait_seconds": 45, "async_library": True},
        {"name": "read one settings file", "cpu_seconds": 0.01, "wait_seconds": 0.02, "async_library": False},
    ]
    for workload in examples:
        print(f"{workload['name']}: {choose(workload)}")


if __name__ == "__main__":
    main()
