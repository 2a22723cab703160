import asyncio

from travel import SoldOut, reserve


async def book_trip(parts):
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(reserve(part, seconds)) for part, seconds in parts]
    except SoldOut as error:
        # Never runs: a TaskGroup raises an ExceptionGroup, not the SoldOut itself.
        return {"status": "sold out", "sold_out": [error.part]}
    return {"status": "booked", "confirmations": [task.result() for task in tasks]}


async def main():
    print(await book_trip([("flight", 0.3), ("hotel", 0.1), ("car", 0.2)]))


if __name__ == "__main__":
    asyncio.run(main())
