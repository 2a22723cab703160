"""A pretend worker process: everything it receives crosses a pickle boundary first."""

import pickle

import grader


def run_in_worker(task, items):
    """Sends `task` and each item to a pretend worker process and returns the results in order.

    Like a real process pool, it pickles the function and the item, unpickles
    them "in the child", calls the copy, and pickles the result back. A task
    that cannot be pickled fails here exactly as it would with a real pool.
    """
    results = []
    for index, item in enumerate(items):
        message = pickle.dumps((task, item))  # a lambda or nested function fails here
        child_task, child_item = pickle.loads(message)
        grader.event(f"ran:{index}")
        reply = pickle.dumps(child_task(child_item))
        results.append(pickle.loads(reply))
    print(f"worker: ran {len(items)} items, each sent as pickled bytes")
    return results
