# get_running_loop outside a coroutine raises RuntimeError; uncaught, it ends the program.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError:", error)
print(asyncio.run(asyncio.sleep(0, result="ran a loop")))
asyncio.get_running_loop()
