import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./codegen.ts";

// `pnpm dev` proxies the API (HTTP and websockets) so the dashboard talks to the same origin as in production.
const api = process.env.PARLEY_API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [graphqlDocuments(), sveltekit()],
  server: { proxy: { "/graphql": { target: api, ws: true } } },
});
