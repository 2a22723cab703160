# run_in_executor with a ProcessPoolExecutor runs a module-level function in another process.
import asyncio
from concurrent.futures import ProcessPoolExecutor

def total(n):
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, total, n) for n in (10, 100, 1000))))

if __name__ == "__main__":
    asyncio.run(main())
