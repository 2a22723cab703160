# When every other copy of a pipe's sending end is closed, recv() raises EOFError.
import multiprocessing

def send_two(conn):
    conn.send("one")
    conn.send("two")
    conn.close()

if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=send_two, args=(sender,))
    p.start()
    sender.close()  # the parent's copy; only the child's remains
    try:
        while True:
            print("got", receiver.recv())
    except EOFError:
        print("EOFError: the child closed its end")
    p.join()
