import threading


class TicketCounter:
    def __init__(self):
        self.sold = 0

    def sell(self):
        # A new lock on every call: no other thread ever waits for it.
        lock = threading.Lock()
        with lock:
            self.sold += 1


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
