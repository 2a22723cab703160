# Default and explicit task names, current_task and all_tasks.
import asyncio

async def named():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t1 = asyncio.create_task(named())
    t2 = asyncio.create_task(named(), name="custom")
    print(len(asyncio.all_tasks()))
    print(await t1, await t2)
    print(repr(t2).startswith("<Task finished name='custom'"))

asyncio.run(main())
