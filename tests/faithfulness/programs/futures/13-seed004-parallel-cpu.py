# Seed 004_d407fb2b6a95be46.txt, "Parallel CPU Work", verbatim; the call under
# the main guard is added because the example only defines the functions.
# faithful: timeout 60
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

def cpu_intensive(data):
    # Heavy computation
    return sum(x * x for x in data)

def process_parallel(datasets):
    workers = multiprocessing.cpu_count()
    with ProcessPoolExecutor(max_workers=workers) as executor:
        results = list(executor.map(cpu_intensive, datasets))
    return results

# --- added ---
if __name__ == "__main__":
    print(process_parallel([range(10), range(100), range(1000)]))
