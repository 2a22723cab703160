import threading


class TicketCounter:
    def __init__(self):
        self.sold = 0
        self._lock = threading.Lock()

    def sell(self):
        # The read is locked, but another desk can still write in between
        # the read and this desk's write.
        with self._lock:
            current = self.sold
        self.sold = current + 1


def main():
    counter = TicketCounter()
    desks = [threading.Thread(target=lambda: [counter.sell() for _ in range(20_000)]) for _ in range(4)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join()
    print(counter.sold)


if __name__ == "__main__":
    main()
