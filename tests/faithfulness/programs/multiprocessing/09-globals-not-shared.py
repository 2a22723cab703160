# Processes share no memory: a child's change to a global (or to an argument) stays in the child.
import multiprocessing

seen = []

def record(item, box):
    seen.append(item)
    box["touched"] = True
    print("child:", seen, box, flush=True)

if __name__ == "__main__":
    box = {"touched": False}
    p = multiprocessing.Process(target=record, args=("from child", box))
    p.start()
    p.join()
    print("parent:", seen, box)
