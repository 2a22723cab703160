# asyncio.Lock serialises a critical section that awaits inside it.
import asyncio

balance = 0

async def deposit(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount

async def unsafe_deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current + amount

async def main():
    global balance
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock, 10) for _ in range(5)))
    print("with lock:", balance, lock.locked())
    balance = 0
    await asyncio.gather(*(unsafe_deposit(10) for _ in range(5)))
    print("without lock:", balance)
    try:
        lock.release()
    except RuntimeError as error:
        print("RuntimeError:", error)

asyncio.run(main())
