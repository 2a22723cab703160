# Seed 002_29ae6881b522cf71.txt, worked example 1 (threads for I/O-style
# waiting), verbatim; the print at the end is added to observe the results.
from concurrent.futures import ThreadPoolExecutor, as_completed
from time import sleep
def fetch_simulated(name):
    sleep(0.5)
    return f"{name}: done"
names = ["A", "B", "C", "D", "E"]
with ThreadPoolExecutor(max_workers=5) as executor:
    futures = [executor.submit(fetch_simulated, name) for name in names]
    results = [future.result() for future in as_completed(futures)]
# --- added: completion order among equal sleeps is not guaranteed, so sort ---
print(sorted(results))
