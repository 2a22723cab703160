import threading

from backups import back_up


def back_up_all(databases):
    # Overlaps and joins correctly, but the threads keep names like "Thread-3".
    threads = [threading.Thread(target=back_up, args=(database,)) for database in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main():
    back_up_all(["users", "orders", "stock"])


if __name__ == "__main__":
    main()
