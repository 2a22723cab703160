import asyncio

from travel import SoldOut, reserve


async def book_trip(parts):
    """Reserves every (part, seconds) pair in `parts` at once.

    Returns {"status": "booked", "confirmations": [codes in the order of parts]}
    or, if any part is sold out, {"status": "sold out", "sold_out": [parts]}.
    Other errors reach the caller.
    """
    codes = await asyncio.gather(*(reserve(part, seconds) for part, seconds in parts))
    return {"status": "booked", "confirmations": list(codes)}


async def main():
    print(await book_trip([("train", 0.3), ("hostel", 0.1)]))
    try:
        print(await book_trip([("flight", 0.3), ("hotel", 0.1), ("car", 0.2)]))
    except Exception as error:  # show what reached the caller
        print("book_trip raised", repr(error))


if __name__ == "__main__":
    asyncio.run(main())
