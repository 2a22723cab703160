"""Jobs for the cooperative scheduler: each one is a generator, and every
`yield` is a point where it agrees to pause."""

import grader


def job(name, steps):
    """Does `steps` steps of work, pausing after each one."""
    for step in range(1, steps + 1):
        grader.event(f"{name}:{step}")
        print(f"{name}: step {step} of {steps}")
        yield
