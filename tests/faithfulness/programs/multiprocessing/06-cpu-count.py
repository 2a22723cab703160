# cpu_count returns a positive int (os.cpu_count agrees it is a number).
import multiprocessing
import os

n = multiprocessing.cpu_count()
print(type(n).__name__, n >= 1, isinstance(os.cpu_count(), int))
