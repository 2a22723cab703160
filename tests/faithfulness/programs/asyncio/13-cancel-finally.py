# Cancelling a task runs its finally blocks; awaiting it raises CancelledError.
import asyncio

async def worker():
    try:
        print("working")
        await asyncio.sleep(1)
    finally:
        print("cleanup runs")

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print("cancel() returns", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(task.cancelled(), task.done())

asyncio.run(main())
