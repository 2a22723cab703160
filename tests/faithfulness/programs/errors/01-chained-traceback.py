# An uncaught error raised while handling another: both tracebacks, chained, and exit status 1.
def load(key):
    return {"a": 1}[key]

def parse(key):
    try:
        return load(key)
    except KeyError as error:
        raise ValueError(f"bad key {key!r}") from error

print("before")
parse("b")
