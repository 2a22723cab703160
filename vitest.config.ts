import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // Real Pyodide starts in seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
