import asyncio

from sensors import read_sensor


async def read_or_default(name, seconds, limit, default):
    # Stops waiting at the deadline, but leaves the read running in the
    # background: nobody cancels the pending task.
    read = asyncio.create_task(read_sensor(name, seconds))
    done, _pending = await asyncio.wait({read}, timeout=limit)
    if read in done:
        return read.result()
    return default


async def main():
    print(await read_or_default("hall", 0.2, 0.5, None))


if __name__ == "__main__":
    asyncio.run(main())
