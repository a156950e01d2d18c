import http from "node:http";
import net from "node:net";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/**
 * One GraphQL request over HTTP to the server at `url`, the way integrators send one: a POST of JSON
 * with the key as a bearer token. A document written with `graphql(...)` from ./graphql/index.ts
 * answers its generated result type; a plain string is for documents that are wrong on purpose.
 */
export function postGraphQL<TResult, TVariables>(
  url: string,
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables | undefined,
  options: { key: string | null; timeoutMs?: number },
): Promise<GraphQLResponse<TResult>>;
export function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  options: { key: string | null; timeoutMs?: number },
): Promise<GraphQLResponse<T>>;
export async function postGraphQL(
  url: string,
  query: string | DocumentTypeDecoration<unknown, unknown>,
  variables: unknown,
  { key, timeoutMs }: { key: string | null; timeoutMs?: number },
) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query: String(query), variables }),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/**
 * The headers of a GraphQL POST as the dashboard sends it: JSON, answers in the GraphQL response
 * media type (so that errors come with their HTTP status), the key as a bearer token.
 */
export function graphqlPostHeaders(key: string | null): Record<string, string> {
  return {
    "content-type": "application/json",
    accept: "application/graphql-response+json",
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with the path sent exactly as given: fetch would normalize it (resolve `..`,
 * re-encode), and hostile paths are what these tests are about.
 */
export function rawRequest(
  port: number,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunked?: boolean;
    declaredLength?: number;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const headers = {
      ...options.headers,
      ...(options.declaredLength ? { "content-length": String(options.declaredLength) } : {}),
    };
    const request = http.request(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers, agent: false },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          });
          request.destroy();
        });
        response.on("error", reject);
      },
    );
    // The server may answer (413, 401) before it has read a large body and close the connection.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.declaredLength !== undefined) {
      // Announce a body larger than what is sent: the answer must come from the headers alone.
      request.write(options.body ?? "");
    } else if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      const chunkSize = 64 * 1024;
      for (let offset = 0; offset < body.length; offset += chunkSize)
        request.write(body.subarray(offset, offset + chunkSize));
      request.end();
    } else {
      request.end(options.body);
    }
  });
}

/** Writes raw bytes as a request and returns the status line of the answer (or the empty string). */
export function rawSocketRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes));
    let received = "";
    socket.on("data", (data) => {
      received += data.toString();
      if (received.includes("\r\n")) socket.destroy();
    });
    socket.on("close", () => resolve(received.split("\r\n")[0]));
    socket.on("error", () => resolve(received.split("\r\n")[0]));
  });
}
