import asyncio

from boxoffice import take_payment


async def sell_ticket(hall, guest, seconds):
    # The count is now updated in one step after the payment, but the seat
    # number still comes from a read made before the await: it is stale.
    sold_before = hall["sold"]
    await take_payment(guest, seconds)
    hall["sold"] += 1
    return sold_before + 1


async def main():
    hall = {"sold": 0}
    print(await asyncio.gather(sell_ticket(hall, "amy", 0.3), sell_ticket(hall, "bo", 0.1)))


if __name__ == "__main__":
    asyncio.run(main())
