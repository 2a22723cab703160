# A bounded asyncio.Queue makes the producer wait for the consumer.
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
        await asyncio.sleep(0.02)
        q.task_done()
    q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")

asyncio.run(main())
