// An integrator's event follower: the example the README shows, and a test runs.
// It keeps its own reconnect loop instead of graphql-ws' automatic retries, because a retry
// re-sends the original subscribe payload, which would resume from the first cursor again.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface ParleyEvent {
  cursor: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

const query = `subscription Follow($after: String, $types: [EventType!]) {
  events(after: $after, types: $types) { cursor type occurredAt payload }
}`;

export async function followEvents(options: {
  url: string; // ws://host:4000/graphql
  key: string; // an integrator API key
  after?: string; // the last cursor you processed; "0:0" replays the whole log
  types?: string[]; // e.g. ["MESSAGE_ADDED"]
  onEvent: (event: ParleyEvent) => void | Promise<void>; // persist event.cursor when done
  signal?: AbortSignal;
}): Promise<void> {
  let after = options.after;
  while (!options.signal?.aborted) {
    const client = createClient({
      url: options.url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${options.key}` },
      retryAttempts: 0,
    });
    const stop = () => void client.dispose();
    options.signal?.addEventListener("abort", stop);
    try {
      for await (const result of client.iterate<{ events: ParleyEvent }>({
        query,
        variables: { after, types: options.types },
      })) {
        if (result.errors) throw new Error(result.errors.map((error) => error.message).join("; "));
        const event = result.data!.events;
        await options.onEvent(event);
        after = event.cursor; // resume from here, whatever happens next
      }
    } catch (error) {
      // 4403 means the key was refused: retrying will not help.
      if ((error as { code?: number }).code === 4403)
        throw new Error("Parley refused the API key (4403)");
    } finally {
      options.signal?.removeEventListener("abort", stop);
      await client.dispose();
    }
    if (!options.signal?.aborted) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
