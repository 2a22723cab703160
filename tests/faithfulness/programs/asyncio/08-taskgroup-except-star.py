# A failing task cancels its TaskGroup siblings; except* picks the errors out of the group.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("quick", 0.01))
            tg.create_task(sleeper("long", 1))
            tg.create_task(fail(ValueError("v"), 0.05))
            tg.create_task(fail(KeyError("k"), 0.05))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyErrors:", [repr(e) for e in group.exceptions])
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.01, result=42))
    print("result after group:", t.result())

asyncio.run(main())
