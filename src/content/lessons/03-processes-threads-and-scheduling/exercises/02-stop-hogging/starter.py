from scheduler import clock, count, run


def tally_votes(ballots):
    """A task for the scheduler: counts the ballots, returns {candidate: votes}.

    count(number, ballot) reads one ballot, numbered from 1. The task must
    pause after every ballot so that other tasks get their turns.
    """
    totals = {}
    for number, ballot in enumerate(ballots, start=1):
        name = count(number, ballot)
        totals[name] = totals.get(name, 0) + 1
    yield  # pauses once, after all the work is done
    return totals


def main():
    results = run([("tally", tally_votes(["Ada", "Bo", "Ada"])), ("clock", clock(3))])
    print(results)


if __name__ == "__main__":
    main()
