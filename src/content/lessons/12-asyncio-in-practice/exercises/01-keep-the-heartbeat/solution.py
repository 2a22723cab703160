import asyncio

from lab import heartbeat, read_probe

SETTLE = 1.0  # seconds a probe needs to settle before it can be read


async def calibrate(probes):
    """Lets each probe in `probes` settle, then reads it.

    Returns the readings in the order of `probes`.
    """
    readings = []
    for probe in probes:
        # asyncio.sleep hands control back to the loop while the probe settles,
        # so the heartbeat keeps beating; time.sleep would freeze the loop.
        await asyncio.sleep(SETTLE)
        readings.append(read_probe(probe))
    return readings


async def main():
    monitor = asyncio.create_task(heartbeat(8, 0.45))
    print(await calibrate(["ph", "temp", "oxygen"]))
    await monitor


if __name__ == "__main__":
    asyncio.run(main())
