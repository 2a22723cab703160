# Seed 004_d407fb2b6a95be46.txt, "Producer-Consumer Queue", verbatim. The
# producer puts one sentinel for two consumers, so the second consumer waits
# forever and the program never ends: a faithful runtime hangs too.
# The two consumers' 0.1 s sleeps end microseconds apart, so whether the
# producer's next put lands before or after the second consumer's line
# depends on how late the loop wakes, in CPython too: compare as a multiset.
# faithful: sort-lines
# faithful: hangs
# faithful: timeout 4
import asyncio

async def producer(queue: asyncio.Queue, items):
    for item in items:
        await queue.put(item)
        print(f"Produced: {item}")
    await queue.put(None)  # Sentinel to stop consumers

async def consumer(queue: asyncio.Queue, name: str):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        print(f"{name} consumed: {item}")
        await asyncio.sleep(0.1)  # Simulate work
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=10)

    # Start producer and consumers
    await asyncio.gather(
        producer(queue, range(20)),
        consumer(queue, "Consumer-1"),
        consumer(queue, "Consumer-2"),
    )

asyncio.run(main())
