import type { Prisma } from "../generated/prisma/client.ts";

/** Name, email or handle match; identities are normalized lower-case, so the term is too. */
export function searchPeopleWhere(
  term: string,
  includeContactDetails: boolean,
): Prisma.PersonWhereInput {
  // PostgreSQL text cannot hold NUL, so no name or identity contains one: nothing matches.
  if (term.includes("\u0000")) return { id: { in: [] } };
  const trimmed = term.trim();
  const normalized = trimmed.replace(/^@/, "").toLowerCase();
  return {
    OR: [
      { displayName: { contains: trimmed, mode: "insensitive" } },
      // Viewers may not see emails or phones, so they may not probe for them either.
      {
        identities: {
          some: {
            value: { startsWith: normalized },
            ...(includeContactDetails ? {} : { kind: "handle" }),
          },
        },
      },
    ],
  };
}
