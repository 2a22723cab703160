"""A pretend process pool whose costs run on the clock: messages, bytes and work.

Sending one message costs MESSAGE_COST seconds plus BYTE_COST per pickled
byte, and the parent sends one message at a time. Each worker then spends
ITEM_COST seconds per item. The waits are sleeps, so on the grader's virtual
clock they cost no real time.
"""

import pickle
import queue
import threading
import time

import grader

MESSAGE_COST = 0.005
BYTE_COST = 0.000_001
ITEM_COST = 0.001


class SimPool:
    """Like ProcessPoolExecutor(max_workers=workers), with a map(func, items, chunksize) that returns a list."""

    def __init__(self, workers):
        self.workers = workers
        self.messages = 0

    def map(self, func, items, chunksize=1):
        items = list(items)
        if not isinstance(chunksize, int) or chunksize < 1:
            raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
        batches = [items[i : i + chunksize] for i in range(0, len(items), chunksize)]
        inbox = queue.Queue()
        results = [None] * len(batches)
        busy = set()

        def worker(number):
            while (job := inbox.get()) is not None:
                index, payload = job
                task, batch = pickle.loads(payload)
                if number not in busy:
                    busy.add(number)
                    grader.event(f"worker-busy:{number}")
                time.sleep(ITEM_COST * len(batch))
                results[index] = [task(item) for item in batch]

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(self.workers)]
        for thread in threads:
            thread.start()
        for index, batch in enumerate(batches):
            payload = pickle.dumps((func, batch))
            time.sleep(MESSAGE_COST + BYTE_COST * len(payload))  # the parent sends one at a time
            self.messages += 1
            inbox.put((index, payload))
        for _ in threads:
            inbox.put(None)
        for thread in threads:
            thread.join()
        print(f"pool: {len(items)} items in {self.messages} messages to {len(busy)} busy workers")
        return [result for batch in results for result in batch]
