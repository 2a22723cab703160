# A task whose exception nobody retrieves is reported on stderr when it is collected.
import asyncio
import gc

async def boom():
    raise ValueError("nobody looked at me")

async def main():
    task = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("task done:", task.done())
    del task
    gc.collect()
    print("after collect")

asyncio.run(main())
