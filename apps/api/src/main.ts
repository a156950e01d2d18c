import { startApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { loadDemoIfEmpty, startDemoTrickle } from "./demo/demo.ts";

const startedAt = performance.now();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const app = await startApp(config);
const db = app.services.db;
console.log(`Parley storage: ${db.description}`);
let stopTrickle = () => {};
if (config.demo === "on") {
  const loaded = await loadDemoIfEmpty(app.services, { people: config.demoPeople });
  if (loaded) console.log(`Demo data loaded: ${loaded.summary}`);
  stopTrickle = startDemoTrickle(app.services);
}
console.log(`Parley is ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
console.log(`  Dashboard: ${app.url}/`);
console.log(`  GraphQL:   ${app.url}/graphql  (GraphiQL in the browser)`);
console.log(`  Health:    ${app.url}/healthz`);
if (app.generatedAdminKey) {
  console.log(`\n  Admin API key (shown once; store it now):\n    ${app.generatedAdminKey}\n`);
  console.log(
    `  Use it as 'Authorization: Bearer <key>', or set PARLEY_ADMIN_KEY to choose your own.`,
  );
} else if (config.adminKey) {
  console.log(`  Admin API key: the value of PARLEY_ADMIN_KEY`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: shutting down`);
  stopTrickle();
  await app.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
