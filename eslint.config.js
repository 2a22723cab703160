// @ts-check
import eslint from "@eslint/js";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "public/pyodide/",
      "test-results/",
      "playwright-report/",
      "bench-results/",
      "src/content/lessons/*/exercises/**",
      "tests/fixtures/**",
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: [".astro"] },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "public/**"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.serviceworker, ...globals.node },
    },
  },
  ...astro.configs.recommended,
  {
    // typescript-eslint cannot type the JSX inside .astro templates, so it reports markup as `any`.
    files: ["**/*.astro"],
    languageOptions: { parserOptions: { projectService: false, project: "./tsconfig.json" } },
    rules: { "@typescript-eslint/no-unsafe-return": "off" },
  },
);
