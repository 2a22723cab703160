import logging

from cafe import make

FORMAT = "%(threadName)s | %(message)s"


def run_baristas(orders):
    """Makes every barista's drinks, one barista after another, in this thread."""
    # No threads means no interleaving to untangle, but also no overlap: every
    # line now says MainThread and the drinks take the sum of their times.
    for drinks in orders.values():
        for drink in drinks:
            make(drink)


def main():
    logging.basicConfig(level=logging.INFO, format=FORMAT)
    run_baristas({"ana": ["latte", "espresso"], "ben": ["mocha"], "cy": ["chai", "cortado"]})


if __name__ == "__main__":
    main()
