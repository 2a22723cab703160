/** The verdict on a quiz answer, in words for the learner. Pure, so it can be tested without a DOM. */
export interface QuizVerdict {
  correct: boolean;
  message: string;
}

export function judgeQuizAnswer(
  chosen: number | undefined,
  answer: number,
  optionLabels: readonly string[],
): QuizVerdict {
  if (chosen === undefined) return { correct: false, message: "Choose an answer first." };
  if (chosen === answer) return { correct: true, message: "Correct." };
  const right = optionLabels[answer] ?? `option ${answer + 1}`;
  return { correct: false, message: `Not quite: the answer is “${right}”.` };
}

/** The progress id a quiz is remembered under, beside solved exercises. */
export function quizProgressId(lesson: string, id: string): string {
  return `quiz:${lesson}/${id}`;
}
