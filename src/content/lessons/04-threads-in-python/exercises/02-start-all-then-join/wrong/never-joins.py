import threading

from backups import back_up


def back_up_all(databases):
    for database in databases:
        threading.Thread(target=back_up, args=(database,), name="backup-" + database).start()
    # No join: the function returns while the backups are still running.


def main():
    back_up_all(["users", "orders", "stock"])


if __name__ == "__main__":
    main()
