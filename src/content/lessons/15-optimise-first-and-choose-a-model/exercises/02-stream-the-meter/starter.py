from meter import load_log


def valid(readings):
    """The readings that are not glitches (a glitch has negative watts)."""
    return [reading for reading in readings if reading.watts >= 0]


def summarise(seconds):
    """Returns (number of valid readings, total watts, highest watts) for a log of `seconds`."""
    good = valid(load_log(seconds))
    watts = [reading.watts for reading in good]
    return len(watts), sum(watts), max(watts)


def main():
    print(summarise(3600))


if __name__ == "__main__":
    main()
