/**
 * Lessons are ordered by the numeric prefix of their folder, and the
 * frontmatter's `order` must agree with it, so the course map, the pager and
 * the folder listing never disagree. Pure, for the pages and for tests.
 */

/** What the check needs to know about a lesson. */
export interface LessonOrderInfo {
  /** Folder name, e.g. `01-overlapping-waits`. */
  id: string;
  /** Frontmatter `order`. */
  order: number;
  /** File to name in messages. */
  file: string;
}

/** One message per problem; empty when folder prefixes and `order` values agree and are unique. */
export function lessonOrderProblems(lessons: readonly LessonOrderInfo[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<number, string>();
  for (const lesson of lessons) {
    const match = /^(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$/.exec(lesson.id);
    if (!match) {
      problems.push(
        `${lesson.file}: lesson folder name: expected a number, a dash and kebab-case words (e.g. "01-first-steps"), found "${lesson.id}"`,
      );
    } else if (Number(match[1]) !== lesson.order) {
      problems.push(`${lesson.file}: order: expected ${Number(match[1])} (the folder's number), found ${lesson.order}`);
    }
    const clash = byOrder.get(lesson.order);
    if (clash !== undefined) {
      problems.push(
        `${lesson.file}: order: expected a number no other lesson uses, found ${lesson.order} (also used by ${clash})`,
      );
    }
    byOrder.set(lesson.order, lesson.id);
  }
  return problems;
}
