"""Pretend booking systems for the trip exercise."""

import asyncio

import grader

CODES = {"car": "CR17", "flight": "FL204", "hostel": "HS9", "hotel": "HT51", "train": "TR88", "ferry": "FY3"}
SOLD_OUT = {"hotel", "campsite"}
OFFLINE = {"museum"}


class SoldOut(Exception):
    """Raised when a part of the trip has nothing left to book."""

    def __init__(self, part):
        super().__init__(f"the {part} is sold out")
        self.part = part


async def reserve(part, seconds):
    """Asks the booking system for `part`, which answers after `seconds`.

    Returns a confirmation code, or raises SoldOut (or ConnectionError when
    the booking system is offline). A cancelled reservation is recorded.
    """
    if part not in CODES and part not in SOLD_OUT and part not in OFFLINE:
        raise LookupError(f"Nothing called {part!r} can be booked; try one of {', '.join(CODES)}.")
    grader.event("reserve:" + part)
    print(f"{part}: reserving")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        grader.event("cancelled:" + part)
        print(f"{part}: reservation cancelled")
        raise
    if part in SOLD_OUT:
        grader.event("soldout:" + part)
        print(f"{part}: sold out")
        raise SoldOut(part)
    if part in OFFLINE:
        raise ConnectionError(f"the {part} booking system is offline")
    grader.event("reserved:" + part)
    print(f"{part}: reserved as {CODES[part]}")
    return CODES[part]
