import { type AnyVariables, type Client, type DocumentInput, stringifyVariables } from "@urql/core";
import { describeError } from "./client.ts";
import { graphql } from "./graphql/index.ts";

/**
 * The server state of one query: its answer, whether a request is in flight and a readable error.
 * Only the latest request counts: an answer that arrives after a newer request (other variables, a
 * retry) or after `cancel()` is dropped, so a slow old answer never overwrites a newer one.
 */
export class QueryState<Data, Variables extends AnyVariables> {
  data = $state.raw<Data | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  #latest = 0;
  #variables: Variables | undefined;
  readonly #getClient: () => Client;
  readonly #document: DocumentInput<Data, Variables>;

  constructor(getClient: () => Client, document: DocumentInput<Data, Variables>) {
    this.#getClient = getClient;
    this.#document = document;
  }

  /**
   * Asks for the answer to these variables. The answer to other variables is cleared at once; a
   * repeated request for the same variables keeps showing the last answer until the new one comes.
   * Resolves to the data when this request's answer is the one kept, else to null.
   */
  async run(variables: Variables): Promise<Data | null> {
    const request = ++this.#latest;
    if (
      this.#variables === undefined ||
      stringifyVariables(variables) !== stringifyVariables(this.#variables)
    )
      this.data = null;
    this.#variables = variables;
    this.loading = true;
    this.error = null;
    const result = await this.#getClient().query(this.#document, variables).toPromise();
    if (request !== this.#latest) return null;
    this.loading = false;
    if (result.error) {
      this.error = describeError(result.error);
      return null;
    }
    this.data = result.data ?? null;
    return this.data;
  }

  /** Asks again with the last variables. */
  retry(): Promise<Data | null> {
    return this.#variables === undefined ? Promise.resolve(null) : this.run(this.#variables);
  }

  /** Drops the answer in flight: for an effect's cleanup, when what it asked for is no longer shown. */
  cancel(): void {
    this.#latest++;
    this.loading = false;
  }
}

// What PagedQueryState reads of a page: every paged document selects `pageInfo { ...PageCursor }`
// beside `totalCount` and its edges.
graphql(`
  fragment PageCursor on PageInfo {
    endCursor
    hasNextPage
  }
`);

/** The parts of a Relay connection a paged list reads. */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: ReadonlyArray<{ node: Node }>;
}

export interface PagedQueryOptions<Data, Node> {
  /** Where the connection is in an answer; null when the answer has none (e.g. an unknown id). */
  connection: (data: Data) => Connection<Node> | null | undefined;
  /** The error shown when an answer has no connection. */
  missing: string;
}

/**
 * A list read page by page through a connection's cursor ("Load more"), with the same rule as
 * QueryState: only the latest request's answer is kept, so a page of an earlier search arriving late
 * is dropped.
 */
export class PagedQueryState<
  Data,
  Variables extends AnyVariables & { after?: string | null },
  Node,
> {
  items = $state.raw<Node[]>([]);
  totalCount = $state(0);
  hasNextPage = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  #endCursor: string | null = null;
  #variables: Omit<Variables, "after"> | undefined;
  #latest = 0;
  readonly #getClient: () => Client;
  readonly #document: DocumentInput<Data, Variables>;
  readonly #options: PagedQueryOptions<Data, Node>;

  constructor(
    getClient: () => Client,
    document: DocumentInput<Data, Variables>,
    options: PagedQueryOptions<Data, Node>,
  ) {
    this.#getClient = getClient;
    this.#document = document;
    this.#options = options;
  }

  /** Starts over at the first page for these variables; the items listed so far are cleared at once. */
  reset(variables: Omit<Variables, "after">): Promise<void> {
    this.#variables = variables;
    this.items = [];
    return this.#load(null);
  }

  /** Appends the next page. */
  loadMore(): Promise<void> {
    return this.#load(this.#endCursor);
  }

  /** Asks again for the page that failed: the next one when some are listed, else the first. */
  retry(): Promise<void> {
    return this.#load(this.items.length ? this.#endCursor : null);
  }

  /** Drops the answer in flight. */
  cancel(): void {
    this.#latest++;
    this.loading = false;
  }

  async #load(after: string | null): Promise<void> {
    if (this.#variables === undefined) return;
    const request = ++this.#latest;
    this.loading = true;
    this.error = null;
    const variables = { ...this.#variables, after } as Variables;
    const result = await this.#getClient().query(this.#document, variables).toPromise();
    if (request !== this.#latest) return;
    this.loading = false;
    const page = result.data ? this.#options.connection(result.data) : null;
    if (result.error || !page) {
      this.error = result.error ? describeError(result.error) : this.#options.missing;
      return;
    }
    const nodes = page.edges.map((edge) => edge.node);
    this.items = after ? [...this.items, ...nodes] : nodes;
    this.totalCount = page.totalCount;
    this.#endCursor = page.pageInfo.endCursor;
    this.hasNextPage = page.pageInfo.hasNextPage;
  }
}

/** A subscription's state: the error that stopped it, cleared by the next event. */
export class LiveState<Data, Variables extends AnyVariables> {
  error = $state<string | null>(null);
  readonly #getClient: () => Client;
  readonly #document: DocumentInput<Data, Variables>;

  constructor(getClient: () => Client, document: DocumentInput<Data, Variables>) {
    this.#getClient = getClient;
    this.#document = document;
  }

  /** Listens until the returned function is called (an effect's cleanup). */
  start(variables: Variables, onData: (data: Data) => void): () => void {
    this.error = null;
    const subscription = this.#getClient()
      .subscription(this.#document, variables)
      .subscribe((result) => {
        if (result.error) this.error = describeError(result.error);
        else if (result.data) {
          this.error = null;
          onData(result.data);
        }
      });
    return () => subscription.unsubscribe();
  }
}

export interface LiveListOptions<PageData, EventData, Item> {
  /** The items of the first page's answer. */
  pageItems: (data: PageData) => Item[];
  /** The item an event brings. */
  eventItem: (data: EventData) => Item;
  /** The list of `newer` put before `older`: each item once, in the list's order, bounded. */
  merge: (newer: Item[], older: Item[]) => Item[];
}

/**
 * A first page kept current by a subscription (the live feed, the alert inbox). The subscription
 * starts before the first page is asked for, so nothing that happens in between is missed; the
 * page and the events can both bring an item, and `merge` keeps each once.
 */
export class LiveListState<
  PageData,
  PageVariables extends AnyVariables,
  EventData,
  EventVariables extends AnyVariables,
  Item,
> {
  items = $state.raw<Item[]>([]);
  readonly page: QueryState<PageData, PageVariables>;
  readonly live: LiveState<EventData, EventVariables>;
  readonly #options: LiveListOptions<PageData, EventData, Item>;

  constructor(
    getClient: () => Client,
    documents: {
      page: DocumentInput<PageData, PageVariables>;
      live: DocumentInput<EventData, EventVariables>;
    },
    options: LiveListOptions<PageData, EventData, Item>,
  ) {
    this.page = new QueryState(getClient, documents.page);
    this.live = new LiveState(getClient, documents.live);
    this.#options = options;
  }

  /** Empties the list, subscribes, then loads the first page; stops when the returned function is called (an effect's cleanup). */
  start(pageVariables: PageVariables, eventVariables: EventVariables): () => void {
    this.items = [];
    const stop = this.live.start(eventVariables, (data) =>
      this.put([this.#options.eventItem(data)]),
    );
    void this.page.run(pageVariables).then((data) => {
      if (data) this.items = this.#options.merge(this.items, this.#options.pageItems(data));
    });
    return () => {
      this.page.cancel();
      stop();
    };
  }

  /** Puts newer states of items (an event, a mutation's answer) in their place. */
  put(newer: Item[]): void {
    this.items = this.#options.merge(newer, this.items);
  }
}
