# wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED.
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor, wait
import time

def job(delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay

with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(job, d) for d in (0.2, 0.05, 0.12)]
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print("first:", [f.result() for f in done], len(pending))
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print("all:", sorted(f.result() for f in done), len(pending))
    fs = [pool.submit(job, 0.05, fail=True), pool.submit(job, 0.2)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(pending))
    done, pending = wait([pool.submit(job, 0.2)], timeout=0.05)
    print("timeout:", len(done), len(pending))
