from meter import read_log


def valid(readings):
    for reading in readings:
        if reading.watts >= 0:
            yield reading


def summarise(seconds):
    # Streams from the log, then collects the whole stream into a list anyway.
    good = list(valid(read_log(seconds)))
    return len(good), sum(r.watts for r in good), max(r.watts for r in good)


if __name__ == "__main__":
    print(summarise(3600))
