// The read bench's peer: PostGraphile 5 with its amber preset over the same database, served by
// grafserv on Node's http server. Run with `node --require ./polyfill.cjs` (Node 20); prints
// "listening on <port>" once it answers.
import http from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const preset = {
  extends: [PostGraphileAmberPreset],
  // The same pool size as Parley's (db/database.ts).
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: { graphqlPath: "/graphql", watch: false },
  grafast: { explain: false },
  // Parley sorts people never seen last in either direction; the same order here makes the two lists equal.
  schema: { pgOrderByNullsLast: true },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server);
await serv.ready();
server.listen(0, "127.0.0.1", () => console.log(`listening on ${server.address().port}`));
process.on("SIGTERM", () => {
  server.close();
  pgl.release().finally(() => process.exit(0));
});
