import threading
import time

from survey import Tally, download


def count_site(site, tally, lock):
    """Downloads one site's sightings and adds them to the shared tally."""
    birds = download(site)  # a slow wait that touches nothing shared: no lock needed
    with lock:  # only the shared update needs it, and it is quick
        tally.add(site, birds)


def survey(sites):
    """Counts the birds at every site, one thread per site; returns the total."""
    tally = Tally()
    lock = threading.Lock()
    threads = [threading.Thread(target=count_site, args=(site, tally, lock)) for site in sites]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.total


def main():
    started = time.perf_counter()
    print("birds:", survey(["marsh", "wood", "shore"]))
    print(f"survey took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
