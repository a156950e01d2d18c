import { BREAK, type DocumentNode, GraphQLError, parse, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";

/**
 * The largest request body. `ingest` takes up to 5,000 records per call (a few hundred bytes
 * each), which fits; anything bigger belongs in `parley import`, which streams.
 */
export const maxRequestBodyBytes = 4 * 1024 * 1024;
/** The longest query document. Data travels in variables; a document is code, and ours are short. */
export const maxDocumentCharacters = 100_000;
/** graphql's `maxTokens`: parsing stops here, before a syntax tree of millions of nodes is built. */
export const maxDocumentTokens = 5_000;
/**
 * Field selections one document may write out (aliases and `__typename` included, fragments counted
 * once). The breadth limit sees only fields that cost something; 1,600 aliased `__typename`s within
 * the token limit took a second of CPU to validate and run. The dashboard's largest document has a
 * few dozen.
 */
export const maxDocumentFields = 500;
/** The code GraphQL errors of every limit carry; `useOneErrorPerRejection` collapses them. */
export const limitExceededCode = "LIMIT_EXCEEDED";

export function limitExceeded(message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code: limitExceededCode, http: { status } } });
}

export function bodyTooLarge(): GraphQLError {
  return new GraphQLError(
    `Request body too large: at most ${maxRequestBodyBytes} bytes; send bulk data with \`parley import\``,
    {
      extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } },
    },
  );
}

/**
 * The request body limit, in place of Yoga's own (`maxRequestBodySize: false`), which piped every
 * body through a counting TransformStream: on a point read that stream and the abort signal it
 * left behind cost a tenth of the server's CPU. A declared length is checked here and is all
 * Node's HTTP parser will read of a body (bytes past it are the connection's next request, and
 * a length beside chunked encoding is refused), so only a body sent in chunks without one is counted as it is read.
 */
export function useBodyLimit(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null) {
        // One non-negative integer only: a list of lengths is a request-smuggling attempt.
        if (!/^\d+$/.test(length))
          throw new GraphQLError("The Content-Length header must be one non-negative integer", {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        if (Number(length) > maxRequestBodyBytes) throw bodyTooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (chunked) =>
        parse(
          new fetchAPI.Request(chunked.url, {
            method: chunked.method,
            headers: chunked.headers,
            body: await readWithinLimit(chunked.body!),
          }),
        ),
      );
    },
  };
}

/** The body's text (decoded as the JSON parser would), refused once it passes the limit. */
async function readWithinLimit(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxRequestBodyBytes) {
      await reader.cancel();
      throw bodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Yoga caches parsed documents and parse errors by their text. Its default keeps 1,024 of each
 * whatever their size, so distinct large documents held gigabytes. A parsed document takes about
 * 86 bytes of heap per character of its text (its tokens and locations; a parse error about 10),
 * so these caches are bounded by that estimate of what they hold, not by the text: 2 MB of text
 * had held some 170 MB of syntax trees. 4 MB keeps about 46 KB of documents, four times the
 * dashboard's 39 (10.6 KB), and 1 MB about 100 KB of refused ones (reparsing garbage is cheap); a
 * document above 10 KB is parsed each time.
 */
export function boundedDocumentCache<T extends object>(
  bytesPerCharacter: number,
  maxBytes: number,
): { get(key: string): T | undefined; set(key: string, value: T): void } {
  const cache = new LRUCache<string, T>({
    max: 1_000,
    maxSize: maxBytes,
    maxEntrySize: maxCachedDocumentCharacters * bytesPerCharacter,
    // Math.max: the empty document is a key too, and lru-cache throws on a size of 0.
    sizeCalculation: (_value, key) => Math.max(1, key.length) * bytesPerCharacter,
  });
  return { get: (key) => cache.get(key), set: (key, value) => void cache.set(key, value) };
}

const maxCachedDocumentCharacters = 10_000;

export const parserAndValidationCache = {
  documentCache: boundedDocumentCache<DocumentNode>(86, 4_000_000),
  errorCache: boundedDocumentCache<Error>(10, 1_000_000),
  // Validation results are kept in a WeakMap by document, so they go when the document does.
  validationCache: true,
};

function checkDocumentLength(text: string): void {
  if (text.length > maxDocumentCharacters) {
    throw limitExceeded(
      `Query document too long: ${text.length} characters, at most ${maxDocumentCharacters}; pass data in variables`,
    );
  }
}

function checkFieldCount(document: DocumentNode): void {
  let fields = 0;
  visit(document, {
    Field() {
      fields++;
      if (fields > maxDocumentFields) return BREAK;
    },
  });
  if (fields > maxDocumentFields)
    throw limitExceeded(
      `Query has too many fields: more than ${maxDocumentFields} selections in one document`,
    );
}

function parseWithinLimits(
  source: Parameters<typeof parse>[0],
  options?: Parameters<typeof parse>[1],
): DocumentNode {
  checkDocumentLength(typeof source === "string" ? source : source.body);
  const document = parse(source, { ...options, maxTokens: maxDocumentTokens });
  checkFieldCount(document);
  return document;
}

/**
 * Bounds every document before it is validated. HTTP requests are checked on their parameters, so
 * every limit answers 400 whatever the Accept header (an error thrown by the parser answers 200);
 * the document parsed there goes into Yoga's cache, which its own parse step reads first.
 * Websockets parse through the same envelop, so the parser checks too.
 */
export function useDocumentLimits(): Plugin {
  const { documentCache, errorCache } = parserAndValidationCache;
  return {
    onParams({ params }) {
      const query = params.query;
      if (typeof query !== "string" || documentCache.get(query) || errorCache.get(query)) return;
      let document: DocumentNode;
      try {
        document = parseWithinLimits(query);
      } catch (error) {
        // A syntax error is the parser's to report, in its usual shape; a limit is ours.
        if (error instanceof GraphQLError && error.extensions.code === limitExceededCode)
          throw error;
        return;
      }
      documentCache.set(query, document);
    },
    onParse({ setParseFn }) {
      setParseFn(parseWithinLimits);
    },
  };
}

/**
 * Depth, breadth and cost are checked at every root field, so 5,000 aliases over the limit would
 * answer 5,000 copies of one error: a rejection is one error and no data.
 */
export function useOneErrorPerRejection(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors) return;
          const rejection = result.errors.find((error) => codeOf(error) === limitExceededCode);
          if (!rejection) return;
          const original =
            rejection.originalError instanceof GraphQLError ? rejection.originalError : rejection;
          setResult({
            errors: [new GraphQLError(original.message, { extensions: original.extensions })],
          });
        },
      };
    },
  };
}

function codeOf(error: GraphQLError): unknown {
  return (error.originalError instanceof GraphQLError ? error.originalError : error).extensions
    ?.code;
}
