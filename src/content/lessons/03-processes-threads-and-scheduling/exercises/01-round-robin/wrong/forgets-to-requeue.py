from jobs import job


def run(tasks):
    """Runs `tasks`, a list of (name, generator) pairs, taking turns.

    Each turn advances one task by one step with next(); a task whose
    generator is exhausted is finished. Returns the names in the order the
    tasks finished.
    """
    finished = []
    for name, task in tasks:
        # One step each, then the task is dropped: nobody resumes it.
        try:
            next(task)
        except StopIteration:
            finished.append(name)
    return finished


def main():
    order = run([("print", job("print", 2)), ("email", job("email", 3)), ("beep", job("beep", 1))])
    print("finished:", order)


if __name__ == "__main__":
    main()
