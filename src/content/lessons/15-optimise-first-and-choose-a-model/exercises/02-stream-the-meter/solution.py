from meter import read_log


def valid(readings):
    """The readings that are not glitches (a glitch has negative watts)."""
    # A generator: it hands on one reading at a time and keeps none of them.
    for reading in readings:
        if reading.watts >= 0:
            yield reading


def summarise(seconds):
    """Returns (number of valid readings, total watts, highest watts) for a log of `seconds`."""
    count = total = 0
    highest = None
    # One pass over a stream: each reading is dropped once it has been counted.
    for reading in valid(read_log(seconds)):
        count += 1
        total += reading.watts
        highest = reading.watts if highest is None else max(highest, reading.watts)
    return count, total, highest


def main():
    print(summarise(3600))


if __name__ == "__main__":
    main()
