"""Harness: prices a basket the learner has not seen, then a basket with a missing item."""

# Input order, duration order and finish order all differ.
BASKET = ["mug", "vase", "lamp", "rug"]
BROKEN = ["kettle", "sofa"]


async def check(learner, grader):
    prices = await grader.measure("total", lambda: learner.price_all(BASKET))
    grader.value("prices", prices)
    await grader.attempt("broken-basket", lambda: learner.price_all(BROKEN))
