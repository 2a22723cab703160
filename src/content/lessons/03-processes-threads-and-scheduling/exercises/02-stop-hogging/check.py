from scheduler import clock, run

# Not the ballots in main().
BALLOTS = ["Cy", "Dee", "Cy", "Eli", "Cy"]


async def check(learner, grader):
    if not callable(getattr(learner, "tally_votes", None)):
        raise TypeError("the program no longer defines a function called tally_votes")
    results = run([("tally", learner.tally_votes(BALLOTS)), ("clock", clock(3))])
    grader.value("totals", results.get("tally"))
