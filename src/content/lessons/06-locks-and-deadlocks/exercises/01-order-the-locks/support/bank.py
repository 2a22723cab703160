"""The pretend bank for the lock-ordering exercise.

Every account has its own lock. `approve` stands in for a slow call to a
fraud service, so a thread that holds one lock while it waits gives the
other thread time to grab a second lock: that is what makes the deadlock
in the starter happen on every run instead of once in a blue moon.
"""

import threading
import time

import grader


class Account:
    """A bank account: a number, an owner, a balance in euros and its own lock."""

    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"


def approve(source, amount):
    """Asks the (slow) fraud service whether `source` may pay `amount`."""
    print(f"{threading.current_thread().name}: checking {amount} EUR from {source.owner}")
    time.sleep(0.05)
    return source.balance >= amount


def move(source, target, amount):
    """Moves `amount` euros. Call it only while you hold both accounts' locks."""
    if not (source.lock.locked() and target.lock.locked()):
        raise RuntimeError("move() needs both accounts' locks held")
    source.balance -= amount
    target.balance += amount
    grader.event(f"moved:{source.owner}->{target.owner}")
    print(f"{threading.current_thread().name}: moved {amount} EUR from {source.owner} to {target.owner}")
