/**
 * Turns module source text into a URL that dynamic `import()` accepts:
 * `blob:` where the runtime can import those (browsers), `data:` otherwise
 * (Node cannot import `blob:` URLs). The choice is made by trying, not by
 * sniffing the environment.
 */

/** Creates importable module URLs and releases them afterwards. */
export interface ModuleUrlFactory {
  readonly kind: "blob" | "data";
  create(code: string): string;
  revokeAll(): void;
}

let blobImports: Promise<boolean> | undefined;

/** Returns a factory for the best URL kind this runtime can import. */
export async function createModuleUrlFactory(): Promise<ModuleUrlFactory> {
  blobImports ??= canImportBlobUrls();
  return (await blobImports) ? blobFactory() : dataFactory();
}

async function canImportBlobUrls(): Promise<boolean> {
  if (typeof Blob !== "function" || typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob(["export default 1;"], { type: "text/javascript" }));
  try {
    const probe = (await import(/* @vite-ignore */ url)) as { default?: unknown };
    return probe.default === 1;
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function blobFactory(): ModuleUrlFactory {
  const created: string[] = [];
  return {
    kind: "blob",
    create(code) {
      const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
      created.push(url);
      return url;
    },
    revokeAll() {
      for (const url of created.splice(0)) URL.revokeObjectURL(url);
    },
  };
}

function dataFactory(): ModuleUrlFactory {
  return {
    kind: "data",
    create: (code) => `data:text/javascript;base64,${base64(code)}`,
    revokeAll() {},
  };
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // Chunks keep String.fromCharCode below the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
