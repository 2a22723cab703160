import asyncio

from signup import create_account, send_welcome

background = set()


async def register(names):
    ids = []
    for name in names:
        ids.append(create_account(name))
        # Nobody keeps the task: shutdown() cannot find it, and the loop's
        # weak reference alone may let it be garbage-collected mid-flight.
        asyncio.create_task(send_welcome(name))
    return ids


async def shutdown():
    await asyncio.gather(*list(background))


if __name__ == "__main__":
    print(asyncio.run(register(["ada"])))
