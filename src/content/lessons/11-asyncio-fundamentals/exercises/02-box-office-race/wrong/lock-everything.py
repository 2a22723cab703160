import asyncio

from boxoffice import take_payment

till = asyncio.Lock()


async def sell_ticket(hall, guest, seconds):
    # Correct seats, but the lock is held through the payment, so only one
    # guest can pay at a time.
    async with till:
        seat = hall["sold"] + 1
        await take_payment(guest, seconds)
        hall["sold"] = seat
    return seat


async def main():
    hall = {"sold": 0}
    print(await asyncio.gather(sell_ticket(hall, "amy", 0.3), sell_ticket(hall, "bo", 0.1)))


if __name__ == "__main__":
    asyncio.run(main())
