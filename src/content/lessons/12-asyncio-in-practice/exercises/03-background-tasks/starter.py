import asyncio
import time

from signup import create_account, send_welcome

# The background tasks that are still running.
background = set()


async def register(names):
    """Creates an account for every name and returns the ids in order.

    The welcome mails should go out in the background, without making the
    caller wait for them.
    """
    ids = []
    for name in names:
        ids.append(create_account(name))
        await send_welcome(name)
    return ids


async def shutdown():
    """Waits until every background task has finished."""


async def main():
    started = time.perf_counter()
    ids = await register(["ada", "bo", "cy"])
    print(f"{ids} after {time.perf_counter() - started:.2f} s")
    await shutdown()
    print(f"all mail sent after {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
