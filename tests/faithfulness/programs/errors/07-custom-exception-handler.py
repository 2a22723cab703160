# set_exception_handler receives the context of an unretrieved task exception.
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"], "|", repr(context["exception"]))

async def boom():
    raise OSError("disk on fire")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del task
    gc.collect()
    print("end of main")

asyncio.run(main())
