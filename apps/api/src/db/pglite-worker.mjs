// @ts-check
// The embedded database's own thread: PGlite (WASM, synchronous while a query runs) and the
// pglite-socket server that the main thread's pg pool connects to. Running here keeps SQL off the
// API's event loop and lets it use a second core.
//
// Plain JavaScript on purpose: this file is loaded by bare Node in a worker thread, outside tsx and
// outside vitest's transform, so it must need no loader. The protocol types live in database.ts.
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
/** @type {{ dataDir: string, snapshot?: ArrayBuffer } & import("./database.ts").PgliteBinaries} */
const { dataDir, snapshot, pgliteWasmModule, initdbWasmModule, fsBundle } = workerData;

/**
 * Emscripten code can throw plain strings; an Error always carries a message across postMessage.
 * @param {unknown} thrown
 */
function asError(thrown) {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/** @type {PGlite | undefined} */
let pglite;
/** @type {PGLiteSocketServer | undefined} */
let server;
try {
  if (dataDir !== "memory://") fs.mkdirSync(dataDir, { recursive: true });
  // The WASM comes compiled from the main thread (database.ts pgliteBinaries).
  pglite = await PGlite.create(dataDir, {
    pgliteWasmModule,
    initdbWasmModule,
    fsBundle: new Blob([fsBundle]),
    ...(snapshot ? { loadDataDir: new Blob([snapshot]) } : {}),
  });
  // pglite-socket lets the standard pg driver (and so Prisma's official adapter) speak to PGlite
  // exactly as to a server. The main thread's pool holds one connection, but a statement that fails
  // through `pool.query` makes pg-pool discard that connection and open another at once, before
  // this thread has seen the first one close: with room for only one, the next statement was
  // refused ("Connection terminated unexpectedly"). The socket server runs its sessions' statements
  // one at a time and keeps a transaction's statements together, so a second slot only lets the
  // replacement in.
  server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 2 });
  await server.start();
  port.postMessage({ type: "ready", address: server.getServerConn() });
} catch (error) {
  // Close what did open so a data directory is not left half-written; the main thread ends us.
  await pglite?.close().catch(() => {});
  port.postMessage({ type: "startFailed", error: asError(error) });
}

port.on("message", async (/** @type {{ id: number, type: "dump" | "close" }} */ request) => {
  const db = /** @type {PGlite} */ (pglite);
  try {
    if (request.type === "dump") {
      const tarball = await (await db.dumpDataDir("none")).arrayBuffer();
      port.postMessage({ id: request.id, type: "done", tarball }, [tarball]);
    } else {
      await server?.stop();
      await db.close();
      port.postMessage({ id: request.id, type: "done" });
    }
  } catch (error) {
    port.postMessage({ id: request.id, type: "failed", error: asError(error) });
  }
});
