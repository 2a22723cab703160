import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { EXERCISE_LANGUAGES, exerciseMetaSchema, exerciseSchema, type Exercise } from "../../schemas/exercise.ts";
import { formatContentError } from "./format-content-error.ts";
import { parseYaml } from "./parse-yaml.ts";

/**
 * Reads every exercise folder (`<lessons>/<lesson>/exercises/<exercise>/`)
 * from disk and validates it. Pure Node (fs + yaml + zod), no Astro, so the
 * content collection, scripts and tests share one implementation.
 */

/** What one scan of the lessons folder found. */
export interface ExerciseScan {
  /** Valid exercises, sorted by id. */
  exercises: Exercise[];
  /** Absolute path of each exercise folder, by exercise id. */
  folders: Map<string, string>;
  /** One line per problem, each naming a file; non-empty means the content is broken. */
  problems: string[];
  /** Suspicious but harmless findings (e.g. a wrong answer not listed in exercise.yaml). */
  warnings: string[];
}

/** Options for {@link scanExercises}. */
export interface ScanOptions {
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  displayRoot?: string;
}

/** An exercise folder name: a number, a dash, then kebab-case words (`01-gather-downloads`). */
export const EXERCISE_FOLDER_PATTERN = /^(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Scans `lessonsDir` (e.g. `src/content/lessons`) for exercises; never throws on bad content. */
export function scanExercises(lessonsDir: string, options: ScanOptions = {}): ExerciseScan {
  const show = (file: string) => path.relative(options.displayRoot ?? process.cwd(), file) || ".";
  const scan: ExerciseScan = { exercises: [], folders: new Map(), problems: [], warnings: [] };
  if (!existsSync(lessonsDir)) return scan;
  for (const lesson of listDirs(lessonsDir)) {
    const exercisesDir = path.join(lessonsDir, lesson, "exercises");
    if (!existsSync(exercisesDir)) continue;
    const seenNumbers = new Map<number, string>();
    for (const folder of listDirs(exercisesDir)) {
      const dir = path.join(exercisesDir, folder);
      const match = EXERCISE_FOLDER_PATTERN.exec(folder);
      if (!match) {
        scan.problems.push(
          `${show(dir)}: folder name: expected a number, a dash and kebab-case words (e.g. "01-${kebab(folder)}"), found "${folder}"`,
        );
        continue;
      }
      const number = Number(match[1]);
      const clash = seenNumbers.get(number);
      if (clash !== undefined) {
        scan.problems.push(
          `${show(dir)}: folder name: expected a number no other exercise of the lesson uses, found ${match[1]} (also used by "${clash}")`,
        );
      }
      seenNumbers.set(number, folder);
      const result = readExerciseFolder(dir, lesson, folder, show);
      scan.problems.push(...result.problems);
      scan.warnings.push(...result.warnings);
      if (result.exercise) {
        scan.exercises.push(result.exercise);
        scan.folders.set(result.exercise.id, dir);
      }
    }
  }
  scan.exercises.sort((a, b) => a.id.localeCompare(b.id));
  return scan;
}

interface FolderResult {
  exercise?: Exercise;
  problems: string[];
  warnings: string[];
}

/** Reads and validates one exercise folder. */
export function readExerciseFolder(
  dir: string,
  lesson: string,
  folder: string,
  show: (file: string) => string = (f) => f,
): FolderResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const metaFile = path.join(dir, "exercise.yaml");
  if (!existsSync(metaFile)) {
    return { problems: [`${show(metaFile)}: missing; every exercise folder needs an exercise.yaml`], warnings };
  }
  const yaml = parseYaml(readFileSync(metaFile, "utf8"), show(metaFile));
  if (!yaml.ok) return { problems: yaml.problems, warnings };
  const raw = yaml.value;
  const parsed = exerciseMetaSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) problems.push(...formatContentError(show(metaFile), parsed.error, raw).split("\n"));
  // The code files are checked even when exercise.yaml is invalid, so one
  // build reports every problem; that needs at least a valid `language`.
  const language = parsed.success ? parsed.data.language : languageOf(raw);
  if (language === undefined) return { problems, warnings };
  const ext = EXERCISE_LANGUAGES[language];
  const other = Object.values(EXERCISE_LANGUAGES).find((e) => e !== ext);

  const readRequired = (name: string): string | undefined => {
    const file = path.join(dir, `${name}.${ext}`);
    if (existsSync(file)) return readFileSync(file, "utf8");
    const wrongLanguage = other !== undefined && existsSync(path.join(dir, `${name}.${other}`));
    problems.push(
      `${show(file)}: missing; a ${language} exercise needs starter.${ext}, solution.${ext} and check.${ext}` +
        (wrongLanguage ? ` (found ${name}.${other}: does \`language\` in exercise.yaml match?)` : ""),
    );
    return undefined;
  };
  const starter = readRequired("starter");
  const solution = readRequired("solution");
  const harness = readRequired("check");
  if (!parsed.success) return { problems, warnings };
  const meta = parsed.data;

  const support: Record<string, string> = {};
  const supportDir = path.join(dir, "support");
  if (existsSync(supportDir)) {
    for (const name of readdirSync(supportDir).sort()) {
      const file = path.join(supportDir, name);
      if (!statSync(file).isFile()) continue;
      if (!name.endsWith(`.${ext}`)) {
        warnings.push(`${show(file)}: ignored; support modules of a ${meta.language} exercise end in .${ext}`);
        continue;
      }
      support[name.slice(0, -ext.length - 1)] = readFileSync(file, "utf8");
    }
  }

  const wrongAnswers: Record<string, string> = {};
  meta.wrong.forEach((answer, index) => {
    const file = path.join(dir, answer.file);
    if (!answer.file.endsWith(`.${ext}`)) {
      problems.push(
        `${show(metaFile)}: wrong[${index}].file: expected a .${ext} file for a ${meta.language} exercise, found "${answer.file}"`,
      );
    } else if (!existsSync(file)) {
      problems.push(
        `${show(metaFile)}: wrong[${index}].file: expected an existing file, found "${answer.file}" missing (looked for ${show(file)})`,
      );
    } else {
      wrongAnswers[answer.file] = readFileSync(file, "utf8");
    }
  });
  const wrongDir = path.join(dir, "wrong");
  if (existsSync(wrongDir)) {
    for (const name of readdirSync(wrongDir).sort()) {
      if (!(`wrong/${name}` in wrongAnswers) && !meta.wrong.some((w) => w.file === `wrong/${name}`)) {
        warnings.push(
          `${show(path.join(wrongDir, name))}: not listed under \`wrong:\` in exercise.yaml, so nothing tests it`,
        );
      }
    }
  }

  if (starter === undefined || solution === undefined || harness === undefined || problems.length > 0) {
    return { problems, warnings };
  }
  const exercise = exerciseSchema.parse({
    id: `${lesson}/${folder}`,
    lesson,
    meta,
    starter,
    solution,
    harness,
    support,
    wrongAnswers,
  });
  return { exercise, problems, warnings };
}

function languageOf(raw: unknown): keyof typeof EXERCISE_LANGUAGES | undefined {
  if (typeof raw !== "object" || raw === null || !("language" in raw)) return undefined;
  const value = raw.language;
  return value === "python" || value === "typescript" ? value : undefined;
}

function listDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function kebab(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "name"
  );
}
