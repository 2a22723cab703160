import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Real Pyodide starts in seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Runs every exercise through the real runners and grader (`npm run check:content`).
      { extends: true, test: { name: "content", include: ["tests/content/**/*.test.ts"] } },
      // Runs programs under CPython and under our runtime and compares them (`npm run test:faithfulness`).
      {
        extends: true,
        test: {
          name: "faithfulness",
          include: ["tests/faithfulness/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
