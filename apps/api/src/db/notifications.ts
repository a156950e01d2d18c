import pg from "pg";
import { logger } from "../log.ts";

const log = logger("db");

/**
 * The channels the database's own triggers notify on (see the migrations that create them), so
 * that what any instance or an operator's SQL changes reaches every instance's memory.
 */
export const notificationChannels = {
  /** An API key was revoked, deleted, renamed or changed role; the payload is its id. */
  apiKeys: "parley_api_keys",
} as const;

type Channel = (typeof notificationChannels)[keyof typeof notificationChannels];

export interface NotificationListener {
  /** A notification on the channel, with its payload. */
  notify(payload: string): void;
  /**
   * Whether every notification reaches this process from now on. False while the listening
   * connection is down: what was learnt from notifications may be stale, and memory that depends
   * on them must not be trusted until this turns true again.
   */
  listening(listening: boolean): void;
}

const reconnectDelayMs = 1_000;

/**
 * PostgreSQL LISTEN for one database handle. Every connection of the handle's pool listens too
 * (`onConnect`), so a change made through this handle reaches its listeners before the statement
 * that made it returns: PostgreSQL sends a session its own notifications at commit, before it
 * reports the statement done. Changes made elsewhere (another instance, psql) arrive on one
 * dedicated connection as soon as they commit; while that connection is down `listening(false)`
 * tells listeners to trust nothing they learnt.
 *
 * The embedded database has one session, which the pool's one connection is: every change passes
 * through it, so it is always listening and needs no second connection.
 */
export class Notifications {
  private readonly listeners = new Map<Channel, NotificationListener[]>();
  private dedicated: pg.Client | undefined;
  private isListening: boolean;
  private started = false;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly waiting = new Set<(listening: boolean) => void>();

  /** `connectionString`: the server to hold a dedicated listening connection to; none when embedded. */
  constructor(private readonly connectionString?: string) {
    this.isListening = connectionString === undefined;
  }

  /** Whether every notification reaches this process now (see NotificationListener.listening). */
  get listening(): boolean {
    return this.isListening;
  }

  /** For the pool's `onConnect`: the connection listens before it serves its first statement. */
  readonly attach = async (client: pg.ClientBase): Promise<void> => {
    client.on("notification", this.dispatch);
    for (const channel of Object.values(notificationChannels))
      await client.query(`LISTEN ${channel}`);
  };

  /** Subscribes to a channel; the dedicated connection opens with the first subscriber. Returns an unsubscribe. */
  on(channel: Channel, listener: NotificationListener): () => void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    listener.listening(this.isListening);
    if (this.connectionString && !this.started) {
      this.started = true;
      void this.connect();
    }
    return () =>
      this.listeners.set(
        channel,
        (this.listeners.get(channel) ?? []).filter((other) => other !== listener),
      );
  }

  /**
   * Resolves once notifications flow (at once when embedded), or after `timeoutMs` without: a
   * server can start answering before, only less cheaply.
   */
  whenListening(timeoutMs: number): Promise<boolean> {
    if (this.isListening) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (listening: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve(listening);
      };
      this.waiting.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.dedicated;
    this.dedicated = undefined;
    await client?.end().catch(() => {});
  }

  private readonly dispatch = (message: pg.Notification): void => {
    for (const listener of this.listeners.get(message.channel as Channel) ?? [])
      listener.notify(message.payload ?? "");
  };

  private setListening(listening: boolean): void {
    if (listening === this.isListening) return;
    this.isListening = listening;
    for (const listeners of this.listeners.values())
      for (const listener of listeners) listener.listening(listening);
    if (listening) for (const done of [...this.waiting]) done(true);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      application_name: "parley notifications",
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.dedicated === client) this.dedicated = undefined;
      this.setListening(false);
      if (!this.closed) {
        log.warn({ err: error?.message }, "notification connection lost; reconnecting");
        this.reconnectTimer = setTimeout(() => void this.connect(), reconnectDelayMs);
      }
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    try {
      await client.connect();
      await this.attach(client);
    } catch (error) {
      onLost(error as Error);
      await client.end().catch(() => {});
      return;
    }
    if (this.closed || lost) {
      await client.end().catch(() => {});
      return;
    }
    this.dedicated = client;
    this.setListening(true);
  }
}
