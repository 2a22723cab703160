import asyncio

from radio import open_channel


async def listen(name, log):
    """Opens radio channel `name` and appends every message it receives to
    `log`, until the task is cancelled or the channel fails.

    The channel must be closed whatever happens, and a cancellation or an
    error must still reach whoever awaits this coroutine.
    """
    channel = await open_channel(name)
    while True:
        log.append(await channel.receive())
    channel.close()


async def main():
    log = []
    listener = asyncio.create_task(listen("harbour", log))
    await asyncio.sleep(0.35)
    listener.cancel()
    try:
        await listener
    except asyncio.CancelledError:
        print("listener cancelled after", log)


if __name__ == "__main__":
    asyncio.run(main())
