# Seed 002_29ae6881b522cf71.txt, the ProcessPoolExecutor code example, verbatim.
# faithful: timeout 60
from concurrent.futures import ProcessPoolExecutor
def count_divisors(n):
    count = 0
    for candidate in range(1, n + 1):
        if n % candidate == 0:
            count += 1
    return n, count
if __name__ == "__main__":
    numbers = [20_000, 20_100, 20_200, 20_300]
    with ProcessPoolExecutor() as executor:
        for number, divisors in executor.map(count_divisors, numbers):
            print(f"{number} has {divisors} divisors")
