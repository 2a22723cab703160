"""Harness: runs two opposite transfers at once between accounts the learner has not seen.

The transfers run in daemon threads and the harness waits for each with a
timeout, so a deadlocked answer does not end the run with a deadlock report:
it shows up as a transfer that never finished, which the checks can name.
"""

import threading

from bank import Account


async def check(learner, grader):
    lea = Account(7, "lea", 80)
    tom = Account(3, "tom", 40)
    jobs = [(lea, tom, 25), (tom, lea, 15)]
    threads = [
        threading.Thread(target=learner.transfer, args=job, name=f"transfer-{index + 1}", daemon=True)
        for index, job in enumerate(jobs)
    ]
    started = grader.now()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=2)  # free on the virtual clock
    grader.timing("both-transfers", grader.now() - started)
    grader.value("finished", [not thread.is_alive() for thread in threads])
    grader.value("balances", {"lea": lea.balance, "tom": tom.balance})
