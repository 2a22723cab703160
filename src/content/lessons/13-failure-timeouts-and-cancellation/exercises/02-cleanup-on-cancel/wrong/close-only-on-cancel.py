import asyncio

from radio import open_channel


async def listen(name, log):
    channel = await open_channel(name)
    try:
        while True:
            log.append(await channel.receive())
    except asyncio.CancelledError:
        # Closes and re-raises on cancel, but a dropout skips this block
        # and leaves the channel open.
        channel.close()
        raise


async def main():
    log = []
    listener = asyncio.create_task(listen("harbour", log))
    await asyncio.sleep(0.35)
    listener.cancel()
    try:
        await listener
    except asyncio.CancelledError:
        print(log)


if __name__ == "__main__":
    asyncio.run(main())
