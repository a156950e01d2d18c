import { type GraphQLSchema, getOperationAST, parse, validate } from "graphql";
import { ValidationError } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { maxDocumentCharacters, maxDocumentTokens } from "../http/limits.ts";
import { operationHash } from "./persisted.ts";

/**
 * Registers a document to run by hash (PARLEY_PERSISTED_OPERATIONS=1). It must parse and fit the
 * schema now, so an integrator learns of a broken document when registering, not in production;
 * registering the same text again answers the same row.
 */
export async function registerPersistedOperation<Q extends object>(
  prisma: PrismaClient,
  schema: GraphQLSchema,
  document: string,
  query: Q,
) {
  if (document.length > maxDocumentCharacters)
    throw new ValidationError(
      "document",
      `must be at most ${maxDocumentCharacters} characters`,
      "PersistedOperation",
    );
  let parsed;
  try {
    parsed = parse(document, { maxTokens: maxDocumentTokens });
  } catch (error) {
    throw new ValidationError(
      "document",
      `is not a GraphQL document: ${(error as Error).message}`,
      "PersistedOperation",
    );
  }
  const errors = validate(schema, parsed);
  if (errors.length > 0)
    throw new ValidationError(
      "document",
      `does not fit the schema: ${errors[0]!.message}`,
      "PersistedOperation",
    );
  const operations = parsed.definitions.filter(
    (definition) => definition.kind === "OperationDefinition",
  );
  if (operations.length !== 1 || !getOperationAST(parsed)) {
    throw new ValidationError(
      "document",
      `must hold exactly one operation, holds ${operations.length}`,
      "PersistedOperation",
    );
  }
  const hash = operationHash(document);
  const name = getOperationAST(parsed)?.name?.value ?? null;
  return prisma.persistedOperation.upsert({
    ...query,
    where: { hash },
    create: { hash, document, name },
    update: {},
  });
}
