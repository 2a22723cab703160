import threading


class TicketCounter:
    """Counts tickets sold at several ticket desks, each its own thread."""

    def __init__(self):
        self.sold = 0

    def sell(self):
        # TODO: several threads call this at once; make the update safe.
        self.sold += 1


def main():
    counter = TicketCounter()

    def desk():
        for _ in range(20_000):
            counter.sell()

    desks = [threading.Thread(target=desk) for _ in range(4)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join()
    print(f"sold {counter.sold} of 80000 tickets")


if __name__ == "__main__":
    main()
