import asyncio

from boxoffice import take_payment


async def sell_ticket(hall, guest, seconds):
    """Sells `guest` the next free seat in `hall` and returns its number.

    hall["sold"] counts the seats sold so far; seats are numbered from 1.
    The payment takes `seconds`.
    """
    seat = hall["sold"] + 1  # read
    await take_payment(guest, seconds)
    hall["sold"] = seat  # write
    return seat


async def main():
    hall = {"sold": 0}
    seats = await asyncio.gather(
        sell_ticket(hall, "amy", 0.3),
        sell_ticket(hall, "bo", 0.1),
        sell_ticket(hall, "cy", 0.2),
    )
    print("seats:", seats)
    print("sold:", hall["sold"])


if __name__ == "__main__":
    asyncio.run(main())
