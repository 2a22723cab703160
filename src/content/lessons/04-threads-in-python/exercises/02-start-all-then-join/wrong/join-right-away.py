import threading

from backups import back_up


def back_up_all(databases):
    for database in databases:
        thread = threading.Thread(target=back_up, args=(database,), name="backup-" + database)
        thread.start()
        # Waiting here means the next backup cannot start until this one ends.
        thread.join()


def main():
    back_up_all(["users", "orders", "stock"])


if __name__ == "__main__":
    main()
