"""A café counter: every drink takes a while, and the counter logs as it works."""

import logging
import time

import grader

log = logging.getLogger("cafe")

SECONDS = {
    "chai": 0.3,
    "cortado": 0.2,
    "espresso": 0.1,
    "flat white": 0.4,
    "latte": 0.5,
    "mocha": 0.4,
}


def make(drink):
    """Makes one drink: logs, blocks for the drink's time, logs again.

    The log lines carry no barista's name: which thread made the drink is
    for the logging format to say.
    """
    if drink not in SECONDS:
        raise ValueError(f"The counter cannot make {drink!r}; try one of {sorted(SECONDS)}.")
    grader.event(f"start:{drink}")
    log.info("making %s", drink)
    time.sleep(SECONDS[drink])
    log.info("%s ready", drink)
    grader.event(f"done:{drink}")
