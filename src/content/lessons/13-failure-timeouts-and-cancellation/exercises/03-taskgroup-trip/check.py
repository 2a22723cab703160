"""Harness: a trip that books, one with a sold-out part, one with an offline system."""

import asyncio


async def check(learner, grader):
    booked = await grader.attempt("booked", learner.book_trip([("train", 0.2), ("hostel", 0.1)]))
    grader.value("booked", booked)
    await asyncio.sleep(1)

    sold_out = await grader.attempt(
        "sold-out", learner.book_trip([("flight", 0.3), ("hotel", 0.1), ("car", 0.4)])
    )
    grader.value("sold-out", sold_out)
    await asyncio.sleep(1)  # reservations that were not cancelled finish here

    await grader.attempt("offline", learner.book_trip([("ferry", 0.2), ("museum", 0.1)]))
    await asyncio.sleep(1)
