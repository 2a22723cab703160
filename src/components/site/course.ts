import { getCollection, type CollectionEntry } from "astro:content";
import { lessonOrderProblems } from "../../content/loaders/lesson-order.ts";

/** A lesson as the pages list it: its entry plus the ids of its exercises. */
export interface CourseLesson {
  entry: CollectionEntry<"lessons">;
  exercises: string[];
}

/**
 * The published lessons in course order (drafts only in `astro dev`), each with
 * its exercise ids. Fails the build when folder numbers and `order` disagree.
 */
export async function getCourse(): Promise<CourseLesson[]> {
  const entries = await getCollection("lessons", (entry) => import.meta.env.DEV || !entry.data.draft);
  const problems = lessonOrderProblems(
    entries.map((e) => ({ id: e.id, order: e.data.order, file: e.filePath ?? e.id })),
  );
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const exercises = await getCollection("exercises");
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      entry,
      exercises: exercises
        .filter((e) => e.data.lesson === entry.id)
        .map((e) => e.id)
        .sort(),
    }));
}
