/**
 * The Python module worker entry. It loads Pyodide from the site's own copy
 * under `${assetBase}pyodide/` (never a CDN) and serves the runner protocol.
 */
import type { PyodideInterface } from "pyodide";
import { servePythonWorker, type WorkerScope } from "./python-worker-serve.ts";

interface PyodideModule {
  loadPyodide(options: { indexURL: string }): Promise<PyodideInterface>;
}

const scope = globalThis as unknown as WorkerScope & { readonly location: { readonly href: string } };

servePythonWorker(scope, async (assetBase) => {
  const base = assetBase.endsWith("/") ? assetBase : `${assetBase}/`;
  const indexURL = new URL(`${base}pyodide/`, scope.location.href).href;
  const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as PyodideModule;
  return module.loadPyodide({ indexURL });
});
