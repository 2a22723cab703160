import asyncio

from radio import open_channel


async def listen(name, log):
    channel = await open_channel(name)
    try:
        while True:
            log.append(await channel.receive())
    except asyncio.CancelledError:
        pass  # "handled": but now whoever cancelled us thinks we finished normally
    finally:
        channel.close()


async def main():
    log = []
    listener = asyncio.create_task(listen("harbour", log))
    await asyncio.sleep(0.35)
    listener.cancel()
    await listener
    print(log)


if __name__ == "__main__":
    asyncio.run(main())
