"""Harness: eight tellers move money out of one account at the same time."""

import threading

START = {"carol": 250, "dave": 30, "erin": 0}


def run_tellers(learner, jobs):
    outcomes = [None] * len(jobs)

    def teller(index, source, target, amount):
        outcomes[index] = learner.transfer(source, target, amount)

    threads = [threading.Thread(target=teller, args=(index, *job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


async def check(learner, grader):
    learner.accounts.clear()
    learner.accounts.update(START)
    # 250 covers four transfers of 60 and not five; dave's 30 covers one of 25.
    jobs = [("carol", "erin", 60)] * 6 + [("dave", "erin", 25)] * 2
    outcomes = run_tellers(learner, jobs)
    grader.value("carol-approved", outcomes[:6].count(True))
    grader.value("dave-approved", outcomes[6:].count(True))
    grader.value("balances", dict(learner.accounts))
