import threading
import time

from backups import back_up


def back_up_all(databases):
    """Backs up every database in its own thread named "backup-<database>".

    Returns only once every backup has finished.
    """
    threads = [
        threading.Thread(target=back_up, args=(database,), name="backup-" + database)
        for database in databases
    ]
    for thread in threads:
        thread.start()
    # Joining only after every start lets the backups overlap; joining at
    # all makes the caller wait until the last one is done.
    for thread in threads:
        thread.join()


def main():
    started = time.perf_counter()
    back_up_all(["users", "orders", "stock"])
    print(f"all backups done after {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
