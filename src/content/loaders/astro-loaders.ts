import path from "node:path";
import { AstroError } from "astro/errors";
import type { Loader, LoaderContext } from "astro/loaders";
import { exerciseSchema } from "../../schemas/exercise.ts";
import { conceptSchema, correctionSchema, readConceptFile } from "./concept-map.ts";
import { scanExercises } from "./exercise-loader.ts";

/**
 * Thin Astro content-layer adapters over the pure readers in this folder.
 * Only types come from Astro, so the readers stay usable from plain Node.
 */

/** The `exercises` collection: every `<lesson>/exercises/<NN-name>/` folder under `lessonsDir`. */
export function exerciseCollectionLoader(lessonsDir: string): Loader {
  return {
    name: "pc-exercises",
    schema: exerciseSchema,
    load: async (context) => {
      await loadExercises(context, lessonsDir);
      context.watcher?.on("all", (_event, changed) => {
        if (
          path.resolve(changed).startsWith(path.resolve(lessonsDir)) &&
          changed.includes(`${path.sep}exercises${path.sep}`)
        ) {
          void loadExercises(context, lessonsDir).catch((error: unknown) => context.logger.error(String(error)));
        }
      });
    },
  };
}

async function loadExercises(context: LoaderContext, lessonsDir: string): Promise<void> {
  const scan = scanExercises(lessonsDir);
  for (const warning of scan.warnings) context.logger.warn(warning);
  if (scan.problems.length > 0) {
    const count = scan.problems.length;
    throw new AstroError(
      `${count} problem${count === 1 ? "" : "s"} in exercise folders:\n${scan.problems.join("\n")}`,
      "Each line names the file and the field. The format of exercise.yaml is in src/schemas/exercise.ts.",
    );
  }
  context.store.clear();
  for (const exercise of scan.exercises) {
    const data = await context.parseData({ id: exercise.id, data: { ...exercise } });
    const folder = scan.folders.get(exercise.id);
    context.store.set({
      id: exercise.id,
      data,
      digest: context.generateDigest(JSON.stringify(data)),
      ...(folder ? { filePath: path.relative(process.cwd(), path.join(folder, "exercise.yaml")) } : {}),
    });
  }
}

/** The `concepts` collection, read from concepts.yaml (`concepts:`). */
export function conceptCollectionLoader(file: string): Loader {
  return {
    name: "pc-concepts",
    schema: conceptSchema,
    load: async (context) => {
      const { concepts } = readConceptFile(file, path.relative(process.cwd(), file));
      context.store.clear();
      for (const concept of concepts) {
        const data = await context.parseData({ id: concept.id, data: { ...concept } });
        context.store.set({ id: concept.id, data, digest: context.generateDigest(data) });
      }
    },
  };
}

/** The `corrections` collection, read from concepts.yaml (`corrections:`). */
export function correctionCollectionLoader(file: string): Loader {
  return {
    name: "pc-corrections",
    schema: correctionSchema,
    load: async (context) => {
      const { corrections } = readConceptFile(file, path.relative(process.cwd(), file));
      context.store.clear();
      for (const correction of corrections) {
        const data = await context.parseData({ id: correction.id, data: { ...correction } });
        context.store.set({ id: correction.id, data, digest: context.generateDigest(data) });
      }
    },
  };
}
