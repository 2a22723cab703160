"""A pretend radio: open a channel, receive messages, and close it again."""

import asyncio

import grader

NOISY = {"lighthouse", "summit"}  # these channels drop out on their third message


class Channel:
    """An open radio channel. Only a fixed number can be open at once, so
    every channel must be closed when its listener stops, however it stops."""

    def __init__(self, name):
        self.name = name
        self.received = 0
        self.is_open = True

    async def receive(self):
        """Waits 0.1 s for the next message and returns it."""
        if not self.is_open:
            raise RuntimeError(f"channel {self.name} is closed")
        await asyncio.sleep(0.1)
        self.received += 1
        if self.name in NOISY and self.received == 3:
            grader.event("static:" + self.name)
            raise ConnectionError(f"channel {self.name} lost the signal")
        return f"{self.name} #{self.received}"

    def close(self):
        """Gives the channel back. The checks watch when this happens."""
        grader.event("close:" + self.name)
        print(f"{self.name}: channel closed")
        self.is_open = False


async def open_channel(name):
    """Tunes in to channel `name` (takes 0.05 s) and returns an open Channel."""
    grader.event("open:" + name)
    print(f"{name}: channel open")
    await asyncio.sleep(0.05)
    return Channel(name)
