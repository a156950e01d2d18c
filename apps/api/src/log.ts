import { type Logger, pino } from "pino";

/** The levels `PARLEY_LOG_LEVEL` accepts, most severe first. */
export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

export function isLogLevel(value: string): value is LogLevel {
  return (logLevels as readonly string[]).includes(value);
}

/**
 * The one logger: JSON lines on stdout, one object per event, for an operator's log pipeline.
 * The level is read here rather than from the config because modules log before the config is
 * loaded; `loadConfig` still refuses a bad value at start, naming the variable. Secrets never
 * reach a log line: the redaction below is a second line of defence, not the first.
 */
const configured = process.env.PARLEY_LOG_LEVEL?.trim().toLowerCase() ?? "";
export const log: Logger = pino({
  level: isLogLevel(configured) ? configured : "info",
  base: { service: "parley" },
  redact: {
    paths: ["authorization", "*.authorization", "headers.authorization", "secret", "*.secret"],
    censor: "[redacted]",
  },
});

/** A logger whose lines carry the part of Parley they come from (`{"component":"live",...}`). */
export function logger(component: string): Logger {
  return log.child({ component });
}

/**
 * For something retried until it works again (a database or Redis outage): logs when it starts
 * failing and when it recovers, not on every retry, so an outage is two lines instead of a flood.
 */
export function outageLog(log: Logger, what: string) {
  let failing = false;
  return {
    failed(error: unknown) {
      if (failing) return;
      failing = true;
      log.warn(
        { err: error instanceof Error ? error.message : String(error) },
        `${what} failed; retrying until it works again`,
      );
    },
    recovered() {
      if (!failing) return;
      failing = false;
      log.info(`${what} works again`);
    },
  };
}
