# wait_for cancels the awaited task on timeout and raises TimeoutError.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError as error:
        print("TimeoutError", type(error) is TimeoutError, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="in time"), timeout=1))

asyncio.run(main())
