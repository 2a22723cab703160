# shield protects the inner task when the outer await is cancelled.
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except TimeoutError:
        print("outer wait timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
