# Seed 004_d407fb2b6a95be46.txt, "Background Tasks", verbatim except that the
# names it never defines (send_email, log_signup, user) are defined first
# (added). As written, its usage runs outside any event loop, so create_task
# raises RuntimeError and the coroutine is never awaited: that is the output.
import asyncio

class _User:
    email = "ada@example.com"
    id = 1

user = _User()

async def send_email(address, subject):
    await asyncio.sleep(0.01)

async def log_signup(user_id):
    await asyncio.sleep(0.01)

import asyncio
from typing import Callable, Awaitable

class BackgroundTasks:
    def __init__(self):
        self.tasks: set[asyncio.Task] = set()

    def add(self, coro: Awaitable):
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

# Usage
bg_tasks = BackgroundTasks()
bg_tasks.add(send_email(user.email, "Welcome!"))
bg_tasks.add(log_signup(user.id))
# Tasks run in background, don't block response
