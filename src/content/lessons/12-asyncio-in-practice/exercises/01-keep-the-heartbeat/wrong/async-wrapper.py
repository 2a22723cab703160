import asyncio
import time

from lab import heartbeat, read_probe

SETTLE = 1.0


async def settle(seconds):
    # An async def around a blocking call is still a blocking call: nothing
    # in here awaits, so the loop never gets control back.
    time.sleep(seconds)


async def calibrate(probes):
    readings = []
    for probe in probes:
        await settle(SETTLE)
        readings.append(read_probe(probe))
    return readings


async def main():
    monitor = asyncio.create_task(heartbeat(8, 0.45))
    print(await calibrate(["ph", "temp", "oxygen"]))
    await monitor


if __name__ == "__main__":
    asyncio.run(main())
