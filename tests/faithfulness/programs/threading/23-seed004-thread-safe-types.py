# Seed 004_d407fb2b6a95be46.txt, "Thread-Safe Types". The snippet uses names it
# never defines (item, my_list, my_dict, key, value); they are defined first
# (added), and the results are printed (added). The snippet itself is verbatim.
item, key, value = "item", "key", "value"
my_list, my_dict = ["first"], {}

from queue import Queue  # Thread-safe
from collections import deque  # NOT thread-safe for all ops

# Safe
q = Queue()
q.put(item)    # Atomic
q.get()        # Atomic

# Also safe (due to GIL, but be careful)
my_list.append(item)  # Atomic
my_dict[key] = value  # Atomic

# NOT safe
my_list[0] = item     # Compound operation

# --- added ---
print(q.empty(), my_list, my_dict, deque(my_list))
