# Seed 003_699a6c3ffe2cf1a9.txt, the single-threaded download example. The
# websites are replaced by sleeps of the same shape, scaled from 2 s to 0.2 s
# so that the real clock stays quick; the pseudo-code lines run verbatim.
import time

def get_website(n):
    time.sleep(0.2)
    return f"data {n}"

def get_website_1():
    return get_website(1)

def get_website_2():
    return get_website(2)

def get_website_3():
    return get_website(3)

def combine(*parts):
    return " + ".join(parts)

start = time.monotonic()
d1 = get_website_1() # 2 secs
d2 = get_website_2() # 2 secs
d3 = get_website_3() # 2 secs
print(combine(d1, d2, d3)) # very fast
print("sequential total >= 3 waits:", time.monotonic() - start >= 0.59)
