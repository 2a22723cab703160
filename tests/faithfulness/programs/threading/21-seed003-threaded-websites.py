# Seed 003_699a6c3ffe2cf1a9.txt, the multithreaded download example. Its
# pseudo-code (`Thread(get_website_1)`, `wait_for_threads`, `t.result()`) is
# made runnable by a small Thread subclass; the websites are sleeps scaled
# from 2 s to 0.2 s.
import threading
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

class Thread(threading.Thread):
    def __init__(self, target):
        super().__init__(target=self._capture)
        self._work = target
        self._result = None

    def _capture(self):
        self._result = self._work()

    def result(self):
        return self._result

def wait_for_threads(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()

start = time.monotonic()
t1 = Thread(get_website_1)
t2 = Thread(get_website_2)
t3 = Thread(get_website_3)
wait_for_threads([t1, t2, t3])
d1 = t1.result()
d2 = t2.result()
d3 = t3.result()
print(combine(d1, d2, d3))
print("close to one wait:", time.monotonic() - start < 0.55)
