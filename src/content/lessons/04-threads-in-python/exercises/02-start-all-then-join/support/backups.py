"""Pretend database backups: each one blocks for as long as its database is big."""

import threading
import time

import grader

# How long each database takes to back up, in seconds.
SIZES = {"users": 0.3, "orders": 0.5, "stock": 0.2, "logs": 0.4, "mail": 0.1, "wiki": 0.25}


def back_up(database):
    """Backs up `database` (a name from SIZES), blocking until it is done."""
    grader.event("start:" + database)
    if threading.current_thread().name == "backup-" + database:
        grader.event("named:" + database)
    print(f"{threading.current_thread().name}: backing up {database}")
    time.sleep(SIZES[database])
    grader.event("done:" + database)
    print(f"{threading.current_thread().name}: {database} done")
