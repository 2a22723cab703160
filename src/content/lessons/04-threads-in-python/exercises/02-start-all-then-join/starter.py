import threading
import time

from backups import back_up


def back_up_all(databases):
    """Backs up every database in its own thread named "backup-<database>".

    Returns only once every backup has finished.
    """
    # TODO: one thread per database, all running at the same time.
    for database in databases:
        back_up(database)


def main():
    started = time.perf_counter()
    back_up_all(["users", "orders", "stock"])
    print(f"all backups done after {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
