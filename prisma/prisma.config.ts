import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The JS schema engine keeps the CLI offline (the classic one downloads a binary).
// Parley applies migrations itself (apps/api/src/db/migrate.ts) because `migrate deploy`
// fails through driver adapters; the CLI here only generates clients and diffs schemas.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema.prisma"),
  async adapter() {
    return new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/postgres",
    });
  },
});
