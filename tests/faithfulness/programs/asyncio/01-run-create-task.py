# asyncio.run returns main's result; create_task starts work that runs while main awaits.
import asyncio

async def child(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    a = asyncio.create_task(child("a", 0.1))
    b = asyncio.create_task(child("b", 0.05))
    print("tasks created, not started yet")
    await asyncio.sleep(0)
    print("results:", await a, await b)
    return "main result"

print(asyncio.run(main()))
