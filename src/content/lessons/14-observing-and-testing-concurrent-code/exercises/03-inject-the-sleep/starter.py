import time


def fetch_with_retry(fetch, attempts=3, delay=0.5, sleep=time.sleep):
    """Calls `fetch()` until it succeeds, at most `attempts` times.

    After a ConnectionError it waits `delay` seconds, then twice as long after
    the next one, and so on, always by calling `sleep(seconds)`. Returns what
    fetch() returned; if the last attempt fails too, raises its error.
    """
    for attempt in range(attempts):
        try:
            return fetch()
        except ConnectionError:
            time.sleep(delay)
    return None


def main():
    replies = iter([ConnectionError("timed out"), ConnectionError("reset"), "<html>weather</html>"])

    def flaky():
        reply = next(replies)
        print("fetch ->", repr(reply))
        if isinstance(reply, Exception):
            raise reply
        return reply

    def noisy_sleep(seconds):
        print(f"sleep({seconds})")
        time.sleep(seconds)

    print(fetch_with_retry(flaky, attempts=3, delay=0.2, sleep=noisy_sleep))


if __name__ == "__main__":
    main()
