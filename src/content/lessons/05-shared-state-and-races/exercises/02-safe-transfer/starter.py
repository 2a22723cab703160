import threading

from ledger import record

accounts = {"alice": 100, "bob": 0}
BANK_LOCK = threading.Lock()


def transfer(source, target, amount):
    """Moves `amount` from account `source` to account `target`.

    Returns True if the money moved, or False (changing nothing) if `source`
    does not have enough.
    """
    # TODO: the check and the update must happen as one step.
    if accounts[source] < amount:
        return False
    record(source, target, amount)  # every transfer is logged before it happens
    accounts[source] -= amount
    accounts[target] += amount
    return True


def main():
    results = []
    tellers = [
        threading.Thread(target=lambda: results.append(transfer("alice", "bob", 40)))
        for _ in range(5)
    ]
    for teller in tellers:
        teller.start()
    for teller in tellers:
        teller.join()
    print(f"{results.count(True)} transfers went through")
    print(accounts)


if __name__ == "__main__":
    main()
