"""Pretend web pages: downloading one waits, checking one computes."""

import asyncio

import grader


def page_text(url):
    """The text the pretend server sends for `url` (the same every time)."""
    return (url + " ") * 2000


async def download(url, seconds):
    """Waits `seconds` for the network, then returns the page's text."""
    grader.event("start:" + url)
    print(f"{url}: downloading")
    await asyncio.sleep(seconds)
    grader.event("done:" + url)
    print(f"{url}: downloaded")
    return page_text(url)


def checksum(text):
    """Computes a number from every character of `text`: pure processor work."""
    total = 0
    for _ in range(5):
        for position, char in enumerate(text):
            total = (total * 31 + ord(char) + position) % 1_000_003
    return total
