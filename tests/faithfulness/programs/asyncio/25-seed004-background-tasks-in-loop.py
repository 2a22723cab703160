# Seed 004_d407fb2b6a95be46.txt, "Background Tasks", with its usage moved into
# a coroutine run by asyncio.run (added) so that the tasks really run in the
# background; the class is verbatim.
import asyncio
from typing import Callable, Awaitable

class BackgroundTasks:
    def __init__(self):
        self.tasks: set[asyncio.Task] = set()

    def add(self, coro: Awaitable):
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

# --- added ---
async def send_email(address, subject):
    await asyncio.sleep(0.05)
    print("sent", subject, "to", address)

async def log_signup(user_id):
    await asyncio.sleep(0.02)
    print("logged signup", user_id)

async def main():
    bg_tasks = BackgroundTasks()
    bg_tasks.add(send_email("ada@example.com", "Welcome!"))
    bg_tasks.add(log_signup(1))
    print("response sent; background tasks:", len(bg_tasks.tasks))
    await asyncio.sleep(0.1)
    print("background tasks left:", len(bg_tasks.tasks))

asyncio.run(main())
