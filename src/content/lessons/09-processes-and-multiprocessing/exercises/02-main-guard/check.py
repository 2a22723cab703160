import asyncio
import runpy

import spawner


async def check(learner, grader):
    path = getattr(learner, "__file__", None)
    if not path:
        raise TypeError("cannot find the program's file")
    # Importing the program for the check may already have run unguarded code: start counting afresh.
    spawner.top_level_runs = 0
    grader.event("parent-starts")
    # Run the file the way `python main.py` does; its children re-run it as __mp_main__.
    await grader.attempt("parent", lambda: runpy.run_path(path, run_name="__main__"))
    grader.value("top-level-runs", spawner.top_level_runs)
    await asyncio.sleep(0)
