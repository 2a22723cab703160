"""Harness: a stocktake over warehouses in an order that differs from their finish order."""

import asyncio

# Finish order: south (0.1), west (0.2), docks (0.25), north (0.3), east (0.4).
WAREHOUSES = ["east", "docks", "south", "north", "west"]


async def check(learner, grader):
    grader.timing("slowest-count", 0.4)
    per_warehouse, totals = await grader.measure("stocktake", lambda: learner.stocktake(WAREHOUSES))
    grader.value("per-warehouse", per_warehouse)
    grader.value("totals", dict(sorted(totals.items())))
    await asyncio.sleep(1)  # let threads the learner never joined finish
