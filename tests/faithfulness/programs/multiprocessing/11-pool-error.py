# An exception in a pool worker comes back to the caller with its type and message.
import multiprocessing

def parse(text):
    return int(text)

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(parse, ("12x",))
        result.wait()
        print("successful:", result.successful())
        try:
            result.get()
        except ValueError as error:
            print("ValueError:", error)
        try:
            pool.map(parse, ["1", "2", "three"])
        except ValueError as error:
            print("map failed:", error)
        print(pool.map(parse, ["1", "2", "3"]))
