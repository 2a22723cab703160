"""Harness: sells five tickets at once in a hall that already has sales."""

import asyncio

GUESTS = [("ines", 0.3), ("omar", 0.1), ("kai", 0.2), ("lena", 0.15), ("teo", 0.25)]


async def check(learner, grader):
    hall = {"sold": 40}
    sales = asyncio.gather(*(learner.sell_ticket(hall, guest, seconds) for guest, seconds in GUESTS))
    seats = await grader.measure("total", sales)
    grader.value("seats", sorted(seats))
    grader.value("sold", hall["sold"])
    await asyncio.sleep(1)
