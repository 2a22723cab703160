# Seed 004_d407fb2b6a95be46.txt, "The Big Picture": the three functions are
# verbatim. aiohttp is replaced by a sleeping stand-in, and the helpers the
# example leaves undefined (fetch_user, process_image, fetch_all_data,
# process_data) and the calls at the end are added.
# faithful: timeout 60
import asyncio
import sys
import types
from concurrent.futures import ProcessPoolExecutor

class _ClientSession:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

sys.modules["aiohttp"] = types.SimpleNamespace(ClientSession=_ClientSession)
import aiohttp

async def fetch_user(session, user_id):
    await asyncio.sleep(0.05 * (4 - user_id))
    return {"id": user_id}

def process_image(path):
    return path.upper()

async def fetch_all_data(items):
    await asyncio.sleep(0.01)
    return list(items)

def process_data(data):
    return sum(data)

# I/O-bound: Use asyncio
async def fetch_users():
    async with aiohttp.ClientSession() as session:
        users = await asyncio.gather(
            fetch_user(session, 1),
            fetch_user(session, 2),
            fetch_user(session, 3),
        )
    return users

# CPU-bound: Use multiprocessing
def process_images(paths):
    with ProcessPoolExecutor() as executor:
        results = executor.map(process_image, paths)
    return list(results)

# Mixed: Combine both
async def process_batch(items):
    # Fetch data concurrently
    data = await fetch_all_data(items)

    # Process CPU-intensive work in process pool
    loop = asyncio.get_event_loop()
    with ProcessPoolExecutor() as pool:
        results = await loop.run_in_executor(pool, process_data, data)

    return results

# --- added ---
if __name__ == "__main__":
    print(asyncio.run(fetch_users()))
    print(process_images(["a.png", "b.png"]))
    print(asyncio.run(process_batch([1, 2, 3])))
