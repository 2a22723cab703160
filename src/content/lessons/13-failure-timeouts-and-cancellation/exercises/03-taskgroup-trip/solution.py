import asyncio

from travel import SoldOut, reserve


async def book_trip(parts):
    """Reserves every (part, seconds) pair in `parts` at once.

    Returns {"status": "booked", "confirmations": [codes in the order of parts]}
    or, if any part is sold out, {"status": "sold out", "sold_out": [parts]}.
    Other errors reach the caller.
    """
    sold_out = []
    try:
        # When one reservation fails, the TaskGroup cancels the others and
        # raises an ExceptionGroup holding every failure.
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(reserve(part, seconds)) for part, seconds in parts]
    except* SoldOut as failures:
        # `return` is not allowed inside except*, so note the parts and return below.
        sold_out = [error.part for error in failures.exceptions]
    if sold_out:
        return {"status": "sold out", "sold_out": sold_out}
    return {"status": "booked", "confirmations": [task.result() for task in tasks]}


async def main():
    print(await book_trip([("train", 0.3), ("hostel", 0.1)]))
    try:
        print(await book_trip([("flight", 0.3), ("hotel", 0.1), ("car", 0.2)]))
    except Exception as error:  # show what reached the caller
        print("book_trip raised", repr(error))


if __name__ == "__main__":
    asyncio.run(main())
