"""Harness: workloads the learner has not seen, grouped so each check names one kind of mistake."""

CPU_BOUND = [
    {"name": "render 400 video frames", "cpu_seconds": 120, "wait_seconds": 2, "async_library": False},
    {"name": "simulate a million dice games", "cpu_seconds": 40, "wait_seconds": 0, "async_library": False},
    {"name": "parse 2 GB of logs in pure Python", "cpu_seconds": 30, "wait_seconds": 8, "async_library": True},
]
IO_BOUND = [
    {"name": "download 500 pages with an async client", "cpu_seconds": 1, "wait_seconds": 60, "async_library": True},
    {"name": "poll 30 devices through a blocking SDK", "cpu_seconds": 0.2, "wait_seconds": 15, "async_library": False},
    {"name": "serve 10,000 chat connections", "cpu_seconds": 5, "wait_seconds": 3600, "async_library": True},
    {"name": "copy 200 files with plain open()", "cpu_seconds": 0.5, "wait_seconds": 4, "async_library": False},
]
SMALL = [
    {"name": "read one settings file", "cpu_seconds": 0.01, "wait_seconds": 0.02, "async_library": False},
    {"name": "add up 1,000 numbers", "cpu_seconds": 0.001, "wait_seconds": 0, "async_library": False},
    {"name": "call one API once", "cpu_seconds": 0, "wait_seconds": 0.4, "async_library": True},
]


async def check(learner, grader):
    for group, workloads in (("cpu-bound", CPU_BOUND), ("io-bound", IO_BOUND), ("small", SMALL)):
        # Fresh copies, so a choose() that changes its argument cannot affect the next call.
        grader.value(group, [learner.choose(dict(workload)) for workload in workloads])
