import type { Client } from "@urql/core";
import { getContext, setContext } from "svelte";

const clientKey = Symbol("parley.urql");

/** The layout provides the signed-in key's client; pages and components read it from context. */
export function provideClient(get: () => Client): void {
  setContext(clientKey, get);
}

/** The same context as a map, for rendering a component outside the layout (component tests). */
export function clientContext(get: () => Client): Map<symbol, () => Client> {
  return new Map([[clientKey, get]]);
}

export function useClient(): () => Client {
  const get = getContext<(() => Client) | undefined>(clientKey);
  if (!get) throw new Error("useClient() outside the signed-in layout");
  return get;
}
