"""Harness: several desks sell through one counter at the same time; the total must be exact."""

import threading


def sell_from_desks(counter, desks, tickets_each):
    def desk():
        for _ in range(tickets_each):
            counter.sell()

    threads = [threading.Thread(target=desk, name=f"desk-{n}") for n in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter.sold


async def check(learner, grader):
    grader.value("four-desks", sell_from_desks(learner.TicketCounter(), 4, 20_000))
    grader.value("eight-desks", sell_from_desks(learner.TicketCounter(), 8, 10_000))
