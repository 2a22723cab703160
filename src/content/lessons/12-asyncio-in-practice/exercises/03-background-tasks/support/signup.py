"""A pretend sign-up service: creating an account is instant, mail is slow."""

import asyncio

import grader

ACCOUNTS = {"ada": 101, "bo": 102, "cy": 103, "dee": 104, "eli": 105}
MAIL_SECONDS = {"ada": 1.5, "bo": 2.5, "cy": 1.0, "dee": 2.0, "eli": 1.2}


def create_account(name):
    """Creates the account at once and returns its id."""
    if name not in ACCOUNTS:
        raise ValueError(f"Unknown user {name!r}; try one of {sorted(ACCOUNTS)}.")
    print(f"{name}: account {ACCOUNTS[name]} created")
    return ACCOUNTS[name]


async def send_welcome(name):
    """Sends the welcome mail: slow, and nobody needs to wait for it."""
    await asyncio.sleep(MAIL_SECONDS[name])
    grader.event(f"sent:{name}")
    print(f"{name}: welcome mail sent")
