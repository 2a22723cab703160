/**
 * Links the modules of one run: the learner's file, the exercise's support
 * modules, the harness and the built-in `grader` module. Each module's import
 * specifiers are rewritten to the URLs of the modules they name, so the graph
 * loads with plain dynamic `import()` and no import map.
 */
import { findSpecifiers, rewriteSpecifiers } from "./module-specifiers.ts";
import type { ModuleUrlFactory } from "./module-url.ts";

/** A transpiled module. `name` is what others import it as (`net` for `./net`). */
export interface JsModule {
  name: string;
  filename: string;
  code: string;
}

/** A specifier that names no module this run provides. */
export class LinkError extends Error {
  readonly filename: string;
  readonly line: number;

  constructor(message: string, filename: string, line: number) {
    super(message);
    this.name = "ImportError";
    this.filename = filename;
    this.line = line;
  }
}

export interface LinkedModules {
  learnerUrl: string;
  harnessUrl?: string;
  /** Module URL → file name, to make error messages and stack traces readable. */
  names: Map<string, string>;
}

export interface LinkInput {
  learner: JsModule;
  harness?: JsModule;
  support: JsModule[];
  /** Source of the `grader` module. */
  graderCode: string;
  /** Makes every URL of this run unique, so a module is never reused from an earlier run's cache. */
  nonce: string;
}

/** Creates URLs for every module, dependencies first. Throws `LinkError` for unknown or circular imports. */
export function linkModules(input: LinkInput, urls: ModuleUrlFactory): LinkedModules {
  const names = new Map<string, string>();
  const make = (module: JsModule, code: string): string => {
    const url = urls.create(`${code}\n// run ${input.nonce}\n//# sourceURL=${module.filename}`);
    names.set(url, module.filename);
    return url;
  };
  const graderUrl = make({ name: "grader", filename: "grader", code: "" }, input.graderCode);
  const supportByName = new Map(input.support.map((module) => [module.name, module]));
  const supportUrls = new Map<string, string>();
  const linking: string[] = [];

  const link = (module: JsModule): string => {
    const code = rewriteSpecifiers(module.code, (specifier) => {
      if (specifier === "grader") return graderUrl;
      if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return undefined;
      const target = supportByName.get(moduleName(specifier));
      if (!specifier.startsWith("./") || target === undefined) {
        const available = [...supportByName.keys()].map((name) => `"./${name}"`);
        const hint =
          available.length > 0
            ? `; this exercise provides "grader", ${available.join(", ")}`
            : `; only "grader" can be imported here`;
        throw new LinkError(
          `Cannot find module "${specifier}"${hint}`,
          module.filename,
          lineOf(module.code, specifier),
        );
      }
      return linkSupport(target, module);
    });
    return make(module, code);
  };

  const linkSupport = (module: JsModule, importer: JsModule): string => {
    const done = supportUrls.get(module.name);
    if (done !== undefined) return done;
    if (linking.includes(module.name)) {
      const cycle = [...linking.slice(linking.indexOf(module.name)), module.name].join(" → ");
      throw new LinkError(
        `Circular import between modules: ${cycle}`,
        importer.filename,
        lineOf(importer.code, module.name),
      );
    }
    linking.push(module.name);
    const url = link(module);
    linking.pop();
    supportUrls.set(module.name, url);
    return url;
  };

  const learnerUrl = link(input.learner);
  return {
    learnerUrl,
    ...(input.harness ? { harnessUrl: link(input.harness) } : {}),
    names,
  };
}

/** `./net`, `./net.ts` and `./net.js` all name the support module `net`. */
export function moduleName(specifier: string): string {
  return specifier.replace(/^\.\//, "").replace(/\.(ts|js|mjs|mts)$/, "");
}

function lineOf(code: string, specifier: string): number {
  const found = findSpecifiers(code).find((item) => item.value === specifier || moduleName(item.value) === specifier);
  return found === undefined ? 1 : code.slice(0, found.start).split("\n").length;
}
