"""Harness: packs six orders the learner has not seen.

The learner's pack_orders runs in a daemon thread and the harness waits for
it with a timeout, so an answer that hangs (a packer that never stops) is
reported as "did not finish" instead of ending the run with a deadlock.
"""

import threading

ORDERS = ["tent", "stove", "map", "boots", "torch", "rope"]


async def check(learner, grader):
    outcome = {}

    def call():
        outcome["parcels"] = learner.pack_orders(ORDERS)

    caller = threading.Thread(target=call, name="checker", daemon=True)
    started = grader.now()
    caller.start()
    caller.join(timeout=3)  # free on the virtual clock
    grader.timing("pack-orders", grader.now() - started)
    grader.value("finished", not caller.is_alive())
    parcels = outcome.get("parcels")
    grader.value("parcels", sorted(parcels) if isinstance(parcels, list) else None)
