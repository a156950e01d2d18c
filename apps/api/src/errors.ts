import { GraphQLError } from "graphql";

/** Bad input: names the record, the field and the reason. */
export class ValidationError extends Error {
  constructor(
    public readonly field: string,
    public readonly reason: string,
    public readonly record?: string,
  ) {
    super(`${record ? `${record}: ` : ""}${field} ${reason}`);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends Error {
  constructor(public readonly entity: string, public readonly id: string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The one mapping from Parley's typed errors to GraphQL errors with a stable `code`. */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  if (error instanceof ValidationError) {
    return new GraphQLError(error.message, {
      extensions: { code: "BAD_USER_INPUT", field: error.field, reason: error.reason, record: error.record },
    });
  }
  if (error instanceof NotFoundError) {
    return new GraphQLError(error.message, { extensions: { code: "NOT_FOUND", entity: error.entity, id: error.id } });
  }
  if (error instanceof ForbiddenError) {
    return new GraphQLError(error.message, { extensions: { code: "FORBIDDEN" } });
  }
  return undefined;
}
