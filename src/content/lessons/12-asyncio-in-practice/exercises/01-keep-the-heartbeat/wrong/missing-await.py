import asyncio

from lab import heartbeat, read_probe

SETTLE = 1.0


async def calibrate(probes):
    readings = []
    for probe in probes:
        # Without await this only creates a coroutine object and drops it:
        # nothing waits, so every probe is read before it has settled.
        asyncio.sleep(SETTLE)
        readings.append(read_probe(probe))
    return readings


async def main():
    monitor = asyncio.create_task(heartbeat(8, 0.45))
    print(await calibrate(["ph", "temp", "oxygen"]))
    await monitor


if __name__ == "__main__":
    asyncio.run(main())
