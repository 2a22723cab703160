# Seed 002_29ae6881b522cf71.txt, worked example 2 (asyncio for cooperative
# tasks), verbatim, with its "checked answer" turned into an assert (added)
# and the results printed (added).
import asyncio
async def wait_and_report(name, delay):
    await asyncio.sleep(delay)
    return f"{name} waited {delay}"
async def main():
    results = await asyncio.gather(
        wait_and_report("short", 0.1),
        wait_and_report("medium", 0.2),
        wait_and_report("long", 0.3),
    )
    return results
results = asyncio.run(main())
# --- added ---
assert results == [
    "short waited 0.1",
    "medium waited 0.2",
    "long waited 0.3",
]
print(results)
