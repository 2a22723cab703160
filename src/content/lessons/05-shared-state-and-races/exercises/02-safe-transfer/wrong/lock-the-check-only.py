import threading

from ledger import record

accounts = {"alice": 100, "bob": 0}
BANK_LOCK = threading.Lock()


def transfer(source, target, amount):
    with BANK_LOCK:
        enough = accounts[source] >= amount
    if not enough:
        return False
    # Another teller can pass the same check while this one is recording.
    record(source, target, amount)
    with BANK_LOCK:
        accounts[source] -= amount
        accounts[target] += amount
    return True


if __name__ == "__main__":
    print(transfer("alice", "bob", 40), accounts)
