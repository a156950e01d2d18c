import crypto from "node:crypto";
import fs from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** A document's key: "sha256:" and the hex SHA-256 of its text, as graphql-codegen's persisted documents name them. */
export function operationHash(document: string): string {
  return `sha256:${crypto.createHash("sha256").update(document).digest("hex")}`;
}

/** The hash a request names in `extensions.persistedQuery.sha256Hash` (with or without "sha256:"), normalized. */
export function requestedHash(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery;
  const hash =
    typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash.toLowerCase() : undefined;
  if (!hash) return undefined;
  const hex = hash.startsWith("sha256:") ? hash.slice("sha256:".length) : hash;
  return /^[0-9a-f]{64}$/.test(hex) ? `sha256:${hex}` : undefined;
}

const onlyPersistedMessage =
  "Only persisted operations run on this server (PARLEY_PERSISTED_OPERATIONS=1): send extensions.persistedQuery.sha256Hash " +
  "of a document the dashboard ships or an admin registered with registerPersistedOperation, without the query text";

export function onlyPersistedError(): GraphQLError {
  return new GraphQLError(onlyPersistedMessage, {
    extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } },
  });
}

export function unknownHashError(): GraphQLError {
  return new GraphQLError(
    "Unknown persisted operation: no document the dashboard ships or an admin registered has this sha256Hash (register it with registerPersistedOperation)",
    { extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } } },
  );
}

function missingDocumentError(): GraphQLError {
  return new GraphQLError(
    "Send a query, or extensions.persistedQuery.sha256Hash (64 hex digits) of a persisted document",
    {
      extensions: { code: "BAD_REQUEST", http: { status: 400 } },
    },
  );
}

/**
 * The documents that run by hash: the dashboard's (graphql-codegen writes them with their hashes to
 * apps/web/src/lib/graphql/persisted-documents.json) and those registered in the database. The
 * manifest is read again when it changed on disk, so a rebuilt dashboard needs no restart.
 */
export class PersistedOperations {
  private manifest = new Map<string, string>();
  private manifestVersion = "";
  // Registered documents are immutable (the key is their hash), so caching them is always right.
  private readonly registered = new LRUCache<string, string>({
    max: 2_000,
    maxSize: 20_000_000,
    sizeCalculation: (document) => Math.max(1, document.length),
  });

  constructor(
    private readonly prisma: PrismaClient,
    private readonly manifestFile: string,
    /** PARLEY_PERSISTED_OPERATIONS=1: documents sent as text are refused. */
    readonly onlyPersisted: boolean,
  ) {
    this.reloadManifest();
  }

  /** The document of a hash, or null when none is known. */
  async lookup(hash: string): Promise<string | null> {
    const shipped =
      this.manifest.get(hash) ?? (this.reloadManifest() ? this.manifest.get(hash) : undefined);
    if (shipped) return shipped;
    const cached = this.registered.get(hash);
    if (cached) return cached;
    const row = await this.prisma.persistedOperation.findUnique({ where: { hash } });
    if (!row) return null;
    this.registered.set(hash, row.document);
    return row.document;
  }

  /**
   * The document text a websocket operation runs: its own text (unless only persisted operations
   * run), or the persisted document its hash names. HTTP requests go through `httpPlugin`.
   */
  async documentFor(payload: { query?: unknown; extensions?: unknown }): Promise<string> {
    if (typeof payload.query === "string" && payload.query !== "") {
      if (this.onlyPersisted) throw onlyPersistedError();
      return payload.query;
    }
    const hash = requestedHash(payload.extensions);
    if (!hash) throw missingDocumentError();
    const document = await this.lookup(hash);
    if (document === null) throw unknownHashError();
    return document;
  }

  /** Yoga's persisted-operations plugin over this store, with Parley's errors. */
  httpPlugin(): Plugin {
    return usePersistedOperations({
      allowArbitraryOperations: !this.onlyPersisted,
      extractPersistedOperationId: (params) => requestedHash(params.extensions) ?? null,
      getPersistedOperation: (hash) => this.lookup(hash),
      customErrors: {
        persistedQueryOnly: () => onlyPersistedError(),
        notFound: () => unknownHashError(),
        keyNotFound: () => missingDocumentError(),
      },
    });
  }

  /** Whether the manifest changed on disk (and was read again). */
  private reloadManifest(): boolean {
    let version: string;
    try {
      const stat = fs.statSync(this.manifestFile);
      version = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // No dashboard build here (an API-only deployment): no shipped documents.
      return false;
    }
    if (version === this.manifestVersion) return false;
    const documents = JSON.parse(fs.readFileSync(this.manifestFile, "utf8")) as Record<
      string,
      string
    >;
    this.manifest = new Map(Object.entries(documents));
    this.manifestVersion = version;
    return true;
  }
}
