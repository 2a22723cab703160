import threading

from bank import Account, approve, move


def transfer(source, target, amount):
    # Swapping the nesting changes nothing: the two opposite transfers still
    # take the same two locks in opposite orders.
    with target.lock:
        ok = approve(source, amount)
        with source.lock:
            if ok:
                move(source, target, amount)


def main():
    ada = Account(1, "ada", 100)
    max_ = Account(2, "max", 50)
    first = threading.Thread(target=transfer, args=(ada, max_, 30))
    second = threading.Thread(target=transfer, args=(max_, ada, 20))
    first.start()
    second.start()
    first.join()
    second.join()
    print(ada, max_)


if __name__ == "__main__":
    main()
