import path from "node:path";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineProject } from "vitest/config";

const src = path.join(import.meta.dirname, "src");
const kitRuntime = path.join(import.meta.dirname, "node_modules/@sveltejs/kit/src/runtime/app");

/**
 * The dashboard's component and helper tests (`src/**\/*.test.ts`), run by the root test command as
 * the project "web". Svelte's own plugin rather than SvelteKit's: SvelteKit's reads svelte.config.js
 * from the working directory, which is the repository root here. `$app/*` resolves to SvelteKit's
 * own modules, which need a running router: a test that renders a route mocks the ones it uses.
 */
export default defineProject({
  plugins: [
    svelte({ configFile: path.join(import.meta.dirname, "svelte.config.js") }),
    svelteTesting(),
  ],
  resolve: {
    alias: [
      { find: /^\$lib\//, replacement: `${src}/lib/` },
      { find: "$app/navigation", replacement: `${kitRuntime}/navigation.js` },
      { find: "$app/state", replacement: `${kitRuntime}/state/index.js` },
    ],
  },
  test: {
    name: "web",
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    environment: "happy-dom",
  },
});
