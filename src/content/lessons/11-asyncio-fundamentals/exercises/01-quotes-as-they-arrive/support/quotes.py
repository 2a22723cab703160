"""Pretend suppliers for the quotes exercise: each answers after its own delay."""

import asyncio

import grader

PRICES = {
    "bakery": 2.40,
    "dairy": 1.15,
    "farm": 3.10,
    "mill": 0.85,
    "orchard": 1.90,
    "smokehouse": 5.60,
}


async def fetch_quote(supplier, seconds):
    """Waits `seconds` for `supplier` to answer, then returns (supplier, price)."""
    if supplier not in PRICES:
        raise LookupError(f"There is no supplier called {supplier!r}; try one of {', '.join(PRICES)}.")
    grader.event("ask:" + supplier)
    print(f"asking {supplier}")
    await asyncio.sleep(seconds)
    grader.event("answer:" + supplier)
    return supplier, PRICES[supplier]


def show(supplier, price):
    """Puts one quote on the screen. The checks watch when this is called."""
    grader.event("shown:" + supplier)
    print(f"  {supplier}: {price:.2f} per kg")
