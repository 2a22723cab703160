import threading

from bank import Account, approve, move


def transfer(source, target, amount):
    """Moves `amount` euros from `source` to `target` if `source` can pay.

    Holds both accounts' locks while it checks and moves the money, so no
    other transfer can touch either balance halfway through.
    """
    # Every transfer takes the locks in the same global order (lowest account
    # number first), so no two transfers can each hold the lock the other needs.
    first, second = sorted([source, target], key=lambda account: account.number)
    with first.lock:
        with second.lock:
            if approve(source, amount):
                move(source, target, amount)


def main():
    ada = Account(1, "ada", 100)
    max_ = Account(2, "max", 50)
    # Two transfers in opposite directions at the same time.
    first = threading.Thread(target=transfer, args=(ada, max_, 30), name="ada-pays")
    second = threading.Thread(target=transfer, args=(max_, ada, 20), name="max-pays")
    first.start()
    second.start()
    first.join()
    second.join()
    print(ada, max_)


if __name__ == "__main__":
    main()
