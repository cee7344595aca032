import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".lo-profile/**", "test/.tmp/**"] },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "error",
      // Simulated Office methods keep Office's parameters even where the simulation ignores them.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The funnel's math stays free of Office, React, the DOM and the sheet's layout.
    files: ["src/funnel/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "../excel/*", "../taskpane/*", "../sheet", "../sheet/*"] },
      ],
    },
  },
  {
    // The sheet's layout and write decisions: pure too; they import the math, never Office or React.
    files: ["src/sheet/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "@fluentui/*", "../excel/*", "../taskpane/*", "../simulation/*"] },
      ],
    },
  },
  {
    // Tests index arrays they just built; a wrong index fails the test anyway.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
  },
);
