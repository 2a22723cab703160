/// <reference types="astro/client" />
/** The site's base URL made absolute, as the runners need it to find Pyodide and worker assets. */
export function assetBase(): string {
  return new URL(import.meta.env.BASE_URL, location.href).href;
}
