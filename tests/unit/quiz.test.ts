import { describe, expect, it } from "vitest";
import { judgeQuizAnswer, quizProgressId } from "../../src/client/quiz-answer.ts";
import { quizPropsSchema } from "../../src/schemas/quiz.ts";

const props = {
  id: "gather-total",
  question: "How long does it take?",
  options: ["1.0 s", "0.5 s"],
  answer: 1,
  explanation: "The waits overlap.",
};

describe("quiz props", () => {
  it("accepts a complete question and defaults the language", () => {
    expect(quizPropsSchema.parse(props).language).toBe("python");
  });

  it("rejects an answer that is not one of the options, naming the prop", () => {
    const result = quizPropsSchema.safeParse({ ...props, answer: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["answer"]);
  });

  it("rejects a single option, an unknown prop and a bad id", () => {
    expect(quizPropsSchema.safeParse({ ...props, options: ["only"] }).success).toBe(false);
    expect(quizPropsSchema.safeParse({ ...props, hint: "x" }).success).toBe(false);
    expect(quizPropsSchema.safeParse({ ...props, id: "Gather Total" }).success).toBe(false);
  });
});

describe("judgeQuizAnswer", () => {
  it("asks for a choice, confirms the right one and names the right one otherwise", () => {
    expect(judgeQuizAnswer(undefined, 1, ["a", "b"])).toEqual({ correct: false, message: "Choose an answer first." });
    expect(judgeQuizAnswer(1, 1, ["a", "b"])).toEqual({ correct: true, message: "Correct." });
    expect(judgeQuizAnswer(0, 1, ["a", "b"]).message).toBe("Not quite: the answer is “b”.");
  });

  it("keeps quiz progress apart from exercise ids", () => {
    expect(quizProgressId("01-waits", "gather-total")).toBe("quiz:01-waits/gather-total");
  });
});
