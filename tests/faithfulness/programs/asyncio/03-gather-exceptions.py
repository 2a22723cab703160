# gather(return_exceptions=True) collects errors; without it the first error propagates.
import asyncio

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def fail(message):
    await asyncio.sleep(0.02)
    raise ValueError(message)

async def main():
    print(await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail("first"), fail("second"))
    except ValueError as error:
        print("propagated:", error)

asyncio.run(main())
