import { requireSourceRecordAccess, seesContactDetails, type Viewer } from "../auth/keys.ts";
import { builder, idOf, prismaEnum, SortDirection } from "../builder.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { IdentityKind, LifecycleStage } from "../generated/prisma/enums.ts";
import type { PostalAddress } from "../identity/address.ts";
import { plannedRead } from "../planner/plan.ts";
import { searchPeopleWhere } from "./search.ts";
import { personOfSourceRecord } from "./source-records.ts";

export const LifecycleStageEnum = prismaEnum(
  "LifecycleStage",
  LifecycleStage,
  "Where a person is in the customer lifecycle",
);
const IdentityKindEnum = prismaEnum("IdentityKind", IdentityKind);

builder.prismaObject("Identity", {
  // Only the columns a query asks for (each field selects its own): reads parse less than whole rows.
  select: { id: true },
  description:
    "How a person is known in one place. Emails and phones are visible to admin, analyst and integrator keys only.",
  fields: (t) => ({
    kind: t.expose("kind", { type: IdentityKindEnum }),
    platform: t.exposeString("platform"),
    value: t.exposeString("value"),
  }),
});

builder.prismaObject("PersonSource", {
  description: "A source record that resolved to this person",
  fields: (t) => ({
    source: t.exposeString("source"),
    id: t.exposeString("sourceId"),
  }),
});

const PostalAddressRef = builder.objectRef<PostalAddress>("PostalAddress").implement({
  description:
    "A postal address as records gave it, normalized: street types written out, region codes, ISO country codes",
  fields: (t) => ({
    street: t.exposeString("street", { nullable: true }),
    city: t.exposeString("city", { nullable: true, description: "City, town or suburb" }),
    postcode: t.exposeString("postcode", { nullable: true }),
    region: t.exposeString("region", {
      nullable: true,
      description: "State, province or county; a code where one is known (VIC, CA)",
    }),
    country: t.exposeString("country", {
      nullable: true,
      description: "ISO 3166-1 alpha-2 where the country is known",
    }),
  }),
});

export const PersonRef = builder.prismaNode("Person", {
  id: { field: "id" },
  // Only the columns a query asks for: a field that reads other columns declares them (`select`).
  select: { id: true },
  fields: (t) => ({
    displayName: t.exposeString("displayName"),
    title: t.exposeString("title", { nullable: true }),
    location: t.exposeString("location", { nullable: true }),
    address: t.field({
      type: PostalAddressRef,
      // Personal data, like emails and phones: nullable so that a role without pii loses only this field.
      authScopes: { pii: true },
      nullable: true,
      select: { address: true },
      resolve: (person) => (person.address as PostalAddress | null) ?? null,
    }),
    stage: t.expose("stage", { type: LifecycleStageEnum, nullable: true }),
    firstSeenAt: t.expose("firstSeenAt", { type: "DateTime", nullable: true }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", nullable: true }),
    reach: t.exposeInt("reach", { description: "Largest follower count across platforms" }),
    followers: t.expose("followers", { type: "JSON", description: "Followers per platform" }),
    messageCount: t.exposeInt("messageCount"),
    averageSentiment: t.float({
      nullable: true,
      description: "Mean sentiment of this person's messages, -1 to 1",
      select: { sentimentSum: true, sentimentCount: true },
      resolve: (person) =>
        person.sentimentCount > 0 ? person.sentimentSum / person.sentimentCount : null,
    }),
    organization: t.relation("organization", { nullable: true, extensions: plannedRead() }),
    mergedInto: t.relation("mergedInto", {
      nullable: true,
      description: "Set when this profile was merged into another",
    }),
    merges: t.relation("mergesSurvived", {
      description: "Merges into this person, newest first, undone ones included",
      query: { orderBy: { id: "desc" } },
    }),
    identities: t.relation("identities", {
      description:
        "Handles for every role; emails and phones only for roles that may see personal data",
      query: (_args, ctx) => identitiesQuery(ctx.viewer),
      extensions: plannedRead((_args, ctx) => identitiesQuery(ctx.viewer)),
    }),
    sources: t.relation("sources", {
      authScopes: { pii: true },
      // Nullable so that a role without pii loses only this field, not the person around it.
      nullable: true,
      description: "One entry per source record merged into this person",
      query: { orderBy: { id: "asc" } },
    }),
    timeline: t.relatedConnection("activities", {
      cursor: "id",
      description:
        "Everything that happened to this person across marketing, sales and communications, newest first",
      query: { orderBy: [{ occurredAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
    messages: t.relatedConnection("messages", {
      cursor: "id",
      query: { orderBy: [{ postedAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

/** Which of a person's identities a caller sees, in which order: handles only without personal data. */
function identitiesQuery(viewer: Viewer) {
  return {
    where: seesContactDetails(viewer) ? {} : { kind: { in: ["handle"] as IdentityKind[] } },
    orderBy: [{ kind: "asc" as const }, { id: "asc" as const }],
  };
}

const PersonOrderField = builder.enumType("PersonOrderField", {
  values: {
    LAST_SEEN: { value: "lastSeenAt" },
    REACH: { value: "reach" },
    NAME: { value: "displayName" },
    CREATED: { value: "createdAt" },
  } as const,
});

const PersonOrder = builder.inputType("PersonOrder", {
  fields: (t) => ({
    field: t.field({ type: PersonOrderField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: "desc" }),
  }),
});

const PersonFilter = builder.inputType("PersonFilter", {
  fields: (t) => ({
    stage: t.field({ type: LifecycleStageEnum }),
    organizationId: t.globalID(),
    search: t.string({ description: "Matches display name, email or handle" }),
    source: t.string({ description: "Only people with a record from this source" }),
    minReach: t.int(),
  }),
});

builder.queryFields((t) => ({
  people: t.prismaConnection({
    type: "Person",
    cursor: "id",
    description: "Unified profiles (merged-away profiles are left out)",
    args: { filter: t.arg({ type: PersonFilter }), orderBy: t.arg({ type: PersonOrder }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.person.count({ where: peopleWhere(args.filter, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.person.findMany({ ...query, ...peopleQuery(args, ctx.viewer) }),
    extensions: plannedRead((args, ctx) => peopleQuery(args as PeopleArgs, ctx.viewer)),
  }),
  searchPeople: t.prismaField({
    type: ["Person"],
    description: "People whose name, email or handle matches, best matches first",
    args: { query: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 20 }) },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 20, 100) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.person.findMany({
        ...query,
        where: {
          mergedIntoId: null,
          ...searchPeopleWhere(args.query, seesContactDetails(ctx.viewer)),
        },
        orderBy: [{ reach: "desc" }, { id: "asc" }],
        take: Math.min(Math.max(args.first ?? 20, 1), 100),
      }),
  }),
}));

interface PeopleArgs {
  filter?: typeof PersonFilter.$inferInput | null;
  orderBy?: typeof PersonOrder.$inferInput | null;
}

/** The people list's rows and order, for its resolver and the read planner alike. */
function peopleQuery(args: PeopleArgs, viewer: Viewer) {
  return {
    where: peopleWhere(args.filter, viewer),
    orderBy: [
      personOrder(args.orderBy?.field ?? "lastSeenAt", args.orderBy?.direction ?? "desc"),
      { id: "asc" as const },
    ],
  };
}

function peopleWhere(
  filter: PeopleArgs["filter"] | undefined,
  viewer: Viewer,
): Prisma.PersonWhereInput {
  if (filter?.source) requireSourceRecordAccess(viewer, "PersonFilter.source");
  const includeContactDetails = seesContactDetails(viewer);
  return {
    mergedIntoId: null,
    ...(filter?.stage ? { stage: filter.stage } : {}),
    ...(filter?.organizationId
      ? { organizationId: idOf(filter.organizationId, "Organization", "filter.organizationId") }
      : {}),
    ...(filter?.search ? searchPeopleWhere(filter.search, includeContactDetails) : {}),
    ...(filter?.source ? { sources: { some: { source: filter.source } } } : {}),
    ...(filter?.minReach != null ? { reach: { gte: filter.minReach } } : {}),
  };
}

/** Only lastSeenAt can be null; people never seen sort last either way. */
function personOrder(
  field: "lastSeenAt" | "reach" | "displayName" | "createdAt",
  direction: "asc" | "desc",
): Prisma.PersonOrderByWithRelationInput {
  return field === "lastSeenAt"
    ? { lastSeenAt: { sort: direction, nulls: "last" } }
    : { [field]: direction };
}

builder.queryField("person", (t) =>
  t.prismaField({
    type: "Person",
    nullable: true,
    description:
      "The person a source record resolved to (the surviving profile when it was merged since); not for viewers",
    authScopes: { pii: true },
    args: { source: t.arg.string({ required: true }), id: t.arg.string({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const personId = await personOfSourceRecord(ctx.db.pool, args.source, args.id);
      return personId === null
        ? null
        : ctx.prisma.person.findUnique({ ...query, where: { id: personId } });
    },
  }),
);
