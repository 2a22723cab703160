# sys.exit inside asyncio.run ends the program with that status and no traceback.
import asyncio
import sys

async def main():
    print("leaving with 3")
    sys.exit(3)

asyncio.run(main())
print("not reached")
