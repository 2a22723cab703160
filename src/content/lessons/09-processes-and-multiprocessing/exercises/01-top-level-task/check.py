import asyncio

# Not the prices in the learner's main(), so a hard-coded answer cannot pass.
PRICES = [250.0, 19.99, 3.5, 1200.0]
RATE = 1.17


async def check(learner, grader):
    if not callable(getattr(learner, "convert_all", None)):
        raise TypeError("the program no longer defines convert_all(prices, rate)")
    converted = await grader.attempt("send", lambda: learner.convert_all(PRICES, RATE))
    grader.value("converted", converted)
    await asyncio.sleep(0)
