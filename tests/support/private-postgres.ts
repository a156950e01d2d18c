import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const bin = "/usr/lib/postgresql/15/bin";

export interface PrivatePostgres {
  url: string;
  port: number;
  /** Stops the server at once, as a crash would (`pg_ctl stop -m immediate`). */
  crash(): void;
  start(): void;
  /** Stops the server and removes its data directory. */
  remove(): void;
}

/**
 * A PostgreSQL server of this test's own on a free port, for tests that stop it: the machine's
 * server on 5432 is shared by every test running and must never be stopped. PostgreSQL refuses to
 * run as root, hence the postgres user (TOOLCHAIN.md).
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-pg-"));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  const asPostgres = (command: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, command), ...args], {
      stdio: "pipe",
    });
  asPostgres("initdb", ["-A", "trust", "-U", "postgres", "-D", data]);
  const ctl = (...args: string[]) => asPostgres("pg_ctl", ["-D", data, ...args]);
  const start = () =>
    void ctl(
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "-l",
      path.join(dir, "log"),
      "-w",
      "start",
    );
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    crash: () => void ctl("-m", "immediate", "-w", "stop"),
    start,
    remove() {
      try {
        ctl("-m", "immediate", "-w", "stop");
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
