import path from "node:path";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { exerciseSchema } from "./schemas/exercise.ts";
import { lessonSchema } from "./schemas/lesson.ts";
import {
  conceptCollectionLoader,
  correctionCollectionLoader,
  exerciseCollectionLoader,
} from "./content/loaders/astro-loaders.ts";
import { conceptSchema, correctionSchema, readConceptFile } from "./content/loaders/concept-map.ts";

/**
 * Content collections. `PC_LESSONS_DIR` points the site at another lessons
 * folder (the fixture course under tests/fixtures uses it); the concept map
 * is always the project's own.
 */
const kConceptsFile = path.resolve("src/content/concepts.yaml");
const kLessonsDir = path.resolve(process.env["PC_LESSONS_DIR"] ?? "src/content/lessons");

// Read synchronously: the lesson schema must know every concept id up front.
const knownConceptIds = new Set(readConceptFile(kConceptsFile, "src/content/concepts.yaml").concepts.map((c) => c.id));

const lessons = defineCollection({
  loader: glob({
    pattern: "*/index.mdx",
    base: kLessonsDir,
    // The id is the lesson folder, e.g. `01-overlapping-waits`.
    generateId: ({ entry }) => entry.split("/")[0] ?? entry,
  }),
  schema: lessonSchema(knownConceptIds),
});

// The schemas repeat the loaders' own so that Astro generates typed entries.
const exercises = defineCollection({ loader: exerciseCollectionLoader(kLessonsDir), schema: exerciseSchema });
const concepts = defineCollection({ loader: conceptCollectionLoader(kConceptsFile), schema: conceptSchema });
const corrections = defineCollection({ loader: correctionCollectionLoader(kConceptsFile), schema: correctionSchema });

export const collections = { lessons, exercises, concepts, corrections };
