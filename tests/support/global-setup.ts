import { ensureTemplate } from "./pglite-template.ts";

/** Runs once per vitest project before any test file. */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  if (process.env.PARLEY_TEST_DB !== "postgres") {
    provide("pgliteTemplate", await ensureTemplate());
  }
}
