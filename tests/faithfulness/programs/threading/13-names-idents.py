# Thread names, default names, idents and the main thread.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread())
print(threading.get_ident() == main.ident)
print(isinstance(threading.get_native_id(), int))
info = {}

def work():
    me = threading.current_thread()
    info[me.name] = (me.ident == threading.get_ident(), me.ident != main.ident, me is threading.main_thread())

named = threading.Thread(target=work, name="loader")
unnamed = threading.Thread(target=work)
print(named.name, unnamed.name)
print("ident before start:", named.ident)
for t in (named, unnamed):
    t.start()
    t.join()
print(info)
unnamed.name = "renamed"
print(unnamed.name, repr(unnamed).startswith("<Thread(renamed, stopped"))
