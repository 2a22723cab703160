import queue
import threading
import time

from depot import pack

STOP = None  # the sentinel: "no more orders"
PACKERS = 1  # one packer: no hang, but half the speed


def take_orders(orders, inbox):
    """The producer: puts every order in the inbox, then one sentinel per packer."""
    for order in orders:
        inbox.put(order)
    # Each packer stops at the first sentinel it takes, so every packer needs
    # its own: one sentinel would stop one packer and leave the other waiting.
    for _ in range(PACKERS):
        inbox.put(STOP)


def packer(inbox, outbox):
    """A consumer: packs orders from the inbox until it takes the sentinel."""
    while True:
        order = inbox.get()
        if order is STOP:
            return
        outbox.put(pack(order))


def pack_orders(orders):
    """Packs every order with two packers; returns the parcels (in any order)."""
    inbox = queue.Queue()
    outbox = queue.Queue()
    packers = [threading.Thread(target=packer, args=(inbox, outbox), name=f"packer-{n}") for n in range(1, PACKERS + 1)]
    for thread in packers:
        thread.start()
    take_orders(orders, inbox)
    for thread in packers:
        thread.join()
    return [outbox.get() for _ in range(outbox.qsize())]


def main():
    started = time.perf_counter()
    print(pack_orders(["kettle", "lamp", "rug", "clock"]))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
