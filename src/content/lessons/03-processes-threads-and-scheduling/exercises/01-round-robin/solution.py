from collections import deque

from jobs import job


def run(tasks):
    """Runs `tasks`, a list of (name, generator) pairs, taking turns.

    Each turn advances one task by one step with next(); a task whose
    generator is exhausted is finished. Returns the names in the order the
    tasks finished.
    """
    ready = deque(tasks)  # first in, first out: whoever waited longest goes next
    finished = []
    while ready:
        name, task = ready.popleft()
        try:
            next(task)  # run until the task's next yield
        except StopIteration:
            finished.append(name)
        else:
            ready.append((name, task))  # paused, not done: back of the queue
    return finished


def main():
    order = run([("print", job("print", 2)), ("email", job("email", 3)), ("beep", job("beep", 1))])
    print("finished:", order)


if __name__ == "__main__":
    main()
