# Seed 004_d407fb2b6a95be46.txt, "Concurrent I/O Requests". aiohttp is not in
# the standard library and there is no network, so a stand-in module with the
# same shape (ClientSession, session.get, response.json) sleeps instead of
# fetching (added); the example code itself is verbatim.
import sys
import types

class _Response:
    def __init__(self, url):
        self.url = url

    async def __aenter__(self):
        await asyncio.sleep({"users": 0.15, "posts": 0.05, "comments": 0.1}[self.url.rsplit("/", 1)[1]])
        return self

    async def __aexit__(self, *exc):
        return False

    async def json(self):
        return {"url": self.url}

class _ClientSession:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def get(self, url):
        return _Response(url)

sys.modules["aiohttp"] = types.SimpleNamespace(ClientSession=_ClientSession)

import asyncio
import aiohttp

async def fetch_json(session, url):
    async with session.get(url) as response:
        return await response.json()

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [fetch_json(session, url) for url in urls]
        return await asyncio.gather(*tasks)

# Usage
results = asyncio.run(fetch_all([
    "https://api.example.com/users",
    "https://api.example.com/posts",
    "https://api.example.com/comments",
]))

# --- added ---
print(results)
