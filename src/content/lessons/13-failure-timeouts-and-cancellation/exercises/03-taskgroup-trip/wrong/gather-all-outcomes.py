import asyncio

from travel import SoldOut, reserve


async def book_trip(parts):
    # The right answer, but the other reservations run to the end although
    # the trip is already off, and the caller waits for all of them.
    outcomes = await asyncio.gather(*(reserve(part, seconds) for part, seconds in parts), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, Exception) and not isinstance(outcome, SoldOut):
            raise outcome
    sold_out = [outcome.part for outcome in outcomes if isinstance(outcome, SoldOut)]
    if sold_out:
        return {"status": "sold out", "sold_out": sold_out}
    return {"status": "booked", "confirmations": list(outcomes)}


async def main():
    print(await book_trip([("flight", 0.3), ("hotel", 0.1), ("car", 0.2)]))


if __name__ == "__main__":
    asyncio.run(main())
