"""Harness: fetches pages the learner has not seen, so no answer can be hard-coded."""

import time

# Input order, duration order and finish order all differ, so results
# collected as pages arrive cannot pass as input order by accident.
PAGES = [("shop", 0.4), ("cart", 0.6), ("help", 0.1), ("blog", 0.3)]


async def check(learner, grader):
    grader.timing("longest-wait", max(seconds for _, seconds in PAGES))
    pages = await grader.measure("total", lambda: learner.fetch_all(PAGES))
    grader.value("pages", pages)
    # Let any thread the learner started but never joined finish, so the
    # ordering checks see every event. Free on the virtual clock.
    time.sleep(1)
