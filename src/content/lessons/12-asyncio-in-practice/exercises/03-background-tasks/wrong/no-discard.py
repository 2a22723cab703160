import asyncio

from signup import create_account, send_welcome

background = set()


async def register(names):
    ids = []
    for name in names:
        ids.append(create_account(name))
        # Kept alive, but finished tasks are never removed from the set.
        background.add(asyncio.create_task(send_welcome(name)))
    return ids


async def shutdown():
    await asyncio.gather(*list(background))


if __name__ == "__main__":
    print(asyncio.run(register(["ada"])))
