/// <reference types="astro/client" />
/**
 * Everything Monaco needs, in one module that is only ever loaded with a
 * dynamic `import()` (see monaco-loader.ts), so pages read and scroll before
 * it arrives. Only the editor core, Python and TypeScript are bundled; Shiki
 * colours them with the site's own two themes, using its JavaScript regex
 * engine so no Oniguruma wasm is shipped.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/typescript/register";
import {
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register";
// The TypeScript features chunk (tsMode) loads lazily, when the first
// TypeScript model appears, and through monaco's internal/common/workers.js
// it brings every editor contribution with it. Contributions may arrive late,
// but the services they depend on must be registered before the first editor
// starts Monaco's service collection, or every later editor fails with
// "depends on UNKNOWN service". These are exactly the singletons that chunk
// registers and editor.api does not (found by walking both import graphs).
import "monaco-editor/editor/common/services/treeViewsDndService";
import "monaco-editor/editor/contrib/codelens/browser/codeLensCache";
import "monaco-editor/editor/contrib/documentSymbols/browser/outlineModel";
import "monaco-editor/editor/contrib/gotoError/browser/markerNavigationService";
import "monaco-editor/editor/contrib/gotoSymbol/browser/symbolNavigation";
import "monaco-editor/editor/contrib/inlayHints/browser/inlayHintsController";
import "monaco-editor/editor/contrib/peekView/browser/peekView";
import "monaco-editor/editor/contrib/suggest/browser/suggestMemory";
import "monaco-editor/platform/actionWidget/browser/actionWidget";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";
import { shikiToMonaco } from "@shikijs/monaco";
import { createHighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import python from "shiki/langs/python.mjs";
import typescript from "shiki/langs/typescript.mjs";
import githubDark from "shiki/themes/github-dark.mjs";
import githubLight from "shiki/themes/github-light.mjs";
import type { Language } from "../runners/protocol.ts";
import { isRunShortcut, type CodeEditor } from "./code-editor.ts";
import { GRADER_TYPES } from "./grader-types.ts";
import { DARK_THEME, LIGHT_THEME, currentScheme, watchScheme } from "./theme.ts";

// Monaco reads this global to create its workers; Vite bundles each `?worker` import.
globalThis.MonacoEnvironment = {
  getWorker: (_workerId, label) =>
    label === "typescript" || label === "javascript" ? new TsWorker() : new EditorWorker(),
};

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  allowNonTsExtensions: true,
  strict: true,
  noEmit: true,
  lib: ["es2023", "dom"],
});
typescriptDefaults.addExtraLib(GRADER_TYPES, "file:///node_modules/@types/pc-grader/index.d.ts");

const highlighter = await createHighlighterCore({
  themes: [githubLight, githubDark],
  langs: [python, typescript],
  engine: createJavaScriptRegexEngine(),
});
shikiToMonaco(highlighter, monaco);

const themeFor = (scheme: "light" | "dark"): string => (scheme === "dark" ? DARK_THEME : LIGHT_THEME);
monaco.editor.setTheme(themeFor(currentScheme()));
watchScheme((scheme) => monaco.editor.setTheme(themeFor(scheme)));

/** What a Monaco editor is created with. */
export interface MonacoEditorOptions {
  language: Language;
  code: string;
  /** Unique per editor on the page; support modules sit beside it so relative imports resolve. */
  path: string;
  /** TypeScript support modules by module name, so `import { x } from "./net"` type-checks. */
  support?: Record<string, string>;
  ariaLabel: string;
  onRun: () => void;
}

const kLineHeight = 20;
const kMinLines = 6;
const kMaxLines = 28;

/**
 * Creates a Monaco editor in `host`. Keyboard: Ctrl/Cmd+Enter runs; Esc
 * turns on Monaco's tab focus mode so the next Tab leaves the editor (Ctrl+M
 * toggles it too); typing turns it off again.
 */
export function createMonacoEditor(host: HTMLElement, options: MonacoEditorOptions): CodeEditor {
  const folder = `file:///${options.path.replace(/[^\w/-]/g, "_")}`;
  const extension = options.language === "python" ? "py" : "ts";
  const libs: monaco.IDisposable[] = [];
  if (options.language === "typescript") {
    for (const [name, source] of Object.entries(options.support ?? {})) {
      libs.push(typescriptDefaults.addExtraLib(source, `${folder}/${name}.ts`));
    }
  }
  const model = monaco.editor.createModel(
    options.code,
    options.language,
    monaco.Uri.parse(`${folder}/main.${extension}`),
  );
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineHeight: kLineHeight,
    tabSize: 4,
    insertSpaces: true,
    padding: { top: 8, bottom: 8 },
    scrollbar: { alwaysConsumeMouseWheel: false },
    fixedOverflowWidgets: true,
  });

  const fitHeight = (): void => {
    const lines = Math.min(kMaxLines, Math.max(kMinLines, model.getLineCount()));
    host.style.height = `${lines * kLineHeight + 16}px`;
  };
  fitHeight();

  // Actions, not addCommand: addCommand's keybindings are global to the page,
  // so Ctrl+Enter would run whichever editor was created last. An action's
  // keybinding only applies while its own editor has focus.
  const actions = [
    editor.addAction({
      id: "pc.run",
      label: "Run the code",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: options.onRun,
    }),
    editor.addAction({
      id: "pc.tab-moves-focus",
      label: "Let Tab move focus out of the editor",
      keybindings: [monaco.KeyCode.Escape],
      keybindingContext: "!suggestWidgetVisible && !findWidgetVisible && !renameInputVisible && !parameterHintsVisible",
      run: () => editor.updateOptions({ tabFocusMode: true }),
    }),
  ];
  const listeners: (() => void)[] = [];
  model.onDidChangeContent(() => {
    editor.updateOptions({ tabFocusMode: false });
    fitHeight();
    for (const listener of listeners) listener();
  });
  // The DOM keydown still reaches the page for Ctrl+Enter when a widget holds focus.
  host.addEventListener("keydown", (event) => {
    if (isRunShortcut(event) && !editor.hasTextFocus()) options.onRun();
  });

  return {
    getValue: () => model.getValue(),
    setValue(code) {
      editor.pushUndoStop();
      editor.executeEdits("pc-reset", [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    },
    onChange: (listener) => listeners.push(listener),
    focus: () => editor.focus(),
    dispose() {
      listeners.length = 0;
      for (const lib of libs) lib.dispose();
      for (const action of actions) action.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
