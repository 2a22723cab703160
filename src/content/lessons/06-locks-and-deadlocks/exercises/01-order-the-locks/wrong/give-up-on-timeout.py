import threading

from bank import Account, approve, move


def transfer(source, target, amount):
    with source.lock:
        ok = approve(source, amount)
        # No deadlock any more: if the second lock is busy for too long, give
        # up. But the payment is silently dropped.
        if target.lock.acquire(timeout=0.1):
            try:
                if ok:
                    move(source, target, amount)
            finally:
                target.lock.release()


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
