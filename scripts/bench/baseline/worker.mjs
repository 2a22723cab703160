// Bare Pyodide: load it with its defaults and print one line.
import { loadPyodide } from "/pyodide/pyodide.mjs";

const pyodide = await loadPyodide({ indexURL: "/pyodide/" });
pyodide.setStdout({ batched: (line) => postMessage(line) });
pyodide.runPython("print('hello from the baseline')");
