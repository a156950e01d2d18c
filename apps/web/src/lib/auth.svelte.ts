import { stringifyDocument } from "@urql/core";
import type { SignInViewerQuery } from "./graphql/graphql.ts";
import { graphql } from "./graphql/index.ts";

const storageKey = "parley.apiKey";

const signInViewerQuery = graphql(`
  query SignInViewer {
    viewer {
      name
      role
    }
  }
`);

export type Viewer = NonNullable<SignInViewerQuery["viewer"]>;

/** A sign-in that failed, with a sentence to show the user. `rejected` means the key itself was refused. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly rejected: boolean,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

/** The API key in use and who it belongs to. The key lives in localStorage so a reload stays signed in. */
class Session {
  key = $state<string | null>(localStorage.getItem(storageKey));
  viewer = $state<Viewer | null>(null);
  /** Why the user was sent back to the sign-in page, if not by choice. */
  notice = $state<string | null>(null);

  async signIn(key: string): Promise<Viewer> {
    const viewer = await fetchViewer(key.trim());
    localStorage.setItem(storageKey, key.trim());
    this.key = key.trim();
    this.viewer = viewer;
    this.notice = null;
    return viewer;
  }

  /** Checks a key remembered from an earlier visit; forgets it if the API refuses it. */
  async resume(): Promise<Viewer> {
    if (!this.key) throw new SignInError("Not signed in", true);
    try {
      this.viewer = await fetchViewer(this.key);
      return this.viewer;
    } catch (error) {
      if (error instanceof SignInError && error.rejected) this.signOut(error.message);
      throw error;
    }
  }

  signOut(notice: string | null = null): void {
    localStorage.removeItem(storageKey);
    this.key = null;
    this.viewer = null;
    this.notice = notice;
  }
}

export const session = new Session();

/** Validates a key by asking the API who it is. Plain fetch: a refused key must be told apart from an unreachable API. */
async function fetchViewer(key: string): Promise<Viewer> {
  if (!key) throw new SignInError("Enter an API key.", true);
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: stringifyDocument(signInViewerQuery) }),
    });
  } catch (error) {
    throw new SignInError(
      `Cannot reach the Parley API at ${location.origin}/graphql (${(error as Error).message}).`,
      false,
    );
  }
  let body: { data?: SignInViewerQuery; errors?: Array<{ message: string }> } | undefined;
  try {
    body = await response.json();
  } catch {
    throw new SignInError(
      `The Parley API answered ${response.status} ${response.statusText} without a GraphQL response.`,
      false,
    );
  }
  if (response.status === 401 || response.status === 403) {
    const reason = body?.errors?.[0]?.message ?? "the key is not valid";
    throw new SignInError(`That API key was not accepted: ${reason}.`, true);
  }
  if (body?.errors?.length)
    throw new SignInError(
      `The API reported an error: ${body.errors.map((e) => e.message).join("; ")}`,
      false,
    );
  if (!body?.data?.viewer) throw new SignInError("That API key was not accepted.", true);
  return body.data.viewer;
}
