import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/**
 * The house's layers, lowest first. A folder may import from folders before it, never after:
 * the arrows point one way, so a change low down never has to know who draws or shows it.
 * `embed` and `app` are the two entry points on top (the embeds; the page, `src/app/main.tsx`).
 */
const LAYERS = [
  "model",
  "i18n",
  "io",
  "store",
  "scene",
  "export",
  "charts",
  "ui",
  ["embed", "app"],
];
/** Layers that stay plain TypeScript: no React, no state library, so they run anywhere. */
const PURE = new Set(["model", "i18n", "io", "scene"]);

function layerBoundaries() {
  const ranks = LAYERS.map((layer) => [layer].flat());
  return ranks.flatMap((folders, rank) =>
    folders.map((folder) => {
      const above = ranks.slice(rank + 1).flat();
      const siblings = folders.filter((other) => other !== folder);
      const patterns = [
        ...above.map((name) => ({
          group: [`**/${name}/**`],
          message: `src/${folder} sits below src/${name}: move the shared code down, or pass it in.`,
        })),
        ...siblings.map((name) => ({
          group: [`**/${name}/**`],
          message: `src/${folder} and src/${name} are separate entry points: share through a lower layer.`,
        })),
      ];
      if (PURE.has(folder)) {
        patterns.push({
          group: ["react", "react-dom", "react-dom/*", "zustand", "zustand/*"],
          message: `src/${folder} is plain TypeScript: React and the store live in higher layers.`,
        });
      }
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: { "no-restricted-imports": ["error", { patterns }] },
      };
    }),
  );
}

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "tests/bench/results.json",
      "coverage",
      "reports",
      ".stryker-tmp*",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  ...layerBoundaries(),
  {
    files: ["**/*.{js,mjs,ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
