# Pipe: two connected ends, one per process.
import multiprocessing

def echo(conn):
    while (message := conn.recv()) != "bye":
        conn.send(message.upper())
    conn.close()

if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(child,))
    p.start()
    for word in ["hello", "world"]:
        parent.send(word)
        print(parent.recv())
    parent.send("bye")
    p.join()
    print("poll after exit:", parent.poll(0.05))
