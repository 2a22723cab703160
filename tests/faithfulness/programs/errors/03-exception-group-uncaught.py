# An uncaught ExceptionGroup from a TaskGroup prints the nested group traceback.
import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("one")))
        tg.create_task(fail(TypeError("two")))

asyncio.run(main())
