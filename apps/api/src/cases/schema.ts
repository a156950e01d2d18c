import { builder, idOf, maxPageSize, pageInSqlOrder, prismaEnum } from "../builder.ts";
import type { Context } from "../context.ts";
import { ChannelEnum, PriorityEnum } from "../conversations/schema.ts";
import { ValidationError } from "../errors.ts";
import type { LoggedEvent } from "../events/log.ts";
import { CaseOrigin, CaseStatus } from "../generated/prisma/enums.ts";
import { type Breaches, breachesAt } from "./clock.ts";
import {
  type CaseFilter,
  caseIds,
  countCases,
  type ResponseTimeGroup,
  type ResponseTimesGroupBy,
  responseTimes,
} from "./queue.ts";
import {
  addCaseNote,
  assignCase,
  openCase,
  reopenCase,
  resolveCase,
  respondToCase,
  saveSlaPolicy,
  saveTeammate,
} from "./service.ts";

const CaseStatusEnum = prismaEnum(
  "CaseStatus",
  CaseStatus,
  "NEW until assigned or answered, OPEN while it is ours to act, PENDING once answered (the customer's turn), RESOLVED",
);
const CaseOriginEnum = prismaEnum(
  "CaseOrigin",
  CaseOrigin,
  "PROBLEM: opened by itself for an inbound problem; CONVERSATION, MESSAGE or ALERT: opened by a teammate from one",
);

const TeammateRef = builder.prismaNode("Teammate", {
  id: { field: "id" },
  description: "Someone who works cases; @handle mentions them in notes",
  fields: (t) => ({
    name: t.exposeString("name"),
    handle: t.exposeString("handle", { description: "Lower-case, without the @" }),
    team: t.exposeString("team", { nullable: true }),
  }),
});

const SlaPolicyRef = builder.prismaObject("SlaPolicy", {
  description: "The targets of one priority, in minutes; the channel never enters",
  fields: (t) => ({
    priority: t.expose("priority", { type: PriorityEnum }),
    firstResponseMinutes: t.exposeInt("firstResponseMinutes"),
    nextResponseMinutes: t.exposeInt("nextResponseMinutes", {
      description: "From a customer's message after the first response to the next response",
    }),
    resolutionMinutes: t.exposeInt("resolutionMinutes", {
      description: "From opening (or the latest reopening) to resolution",
    }),
  }),
});

const BreachesRef = builder.objectRef<Breaches>("CaseBreaches").implement({
  description:
    "Targets missed: passed their due time without the response or resolution they wait for",
  fields: (t) => ({
    firstResponse: t.exposeBoolean("firstResponse"),
    nextResponse: t.exposeBoolean("nextResponse"),
    resolution: t.exposeBoolean("resolution"),
  }),
});

builder.prismaNode("CaseNote", {
  id: { field: "id" },
  description: "An internal note on a case, never sent to the customer",
  fields: (t) => ({
    author: t.exposeString("author", { description: "The name of the API key that wrote it" }),
    text: t.exposeString("text"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    mentions: t.field({
      type: [TeammateRef],
      description: "Teammates it @mentions by handle",
      select: { mentions: { select: { teammate: true }, orderBy: { teammateId: "asc" } } },
      resolve: (note) => note.mentions.map((mention) => mention.teammate),
    }),
  }),
});

builder.prismaNode("Case", {
  id: { field: "id" },
  description:
    "The work of answering one conversation, with its SLA clock. One case per conversation.",
  fields: (t) => ({
    status: t.expose("status", { type: CaseStatusEnum }),
    priority: t.expose("priority", { type: PriorityEnum }),
    origin: t.expose("origin", { type: CaseOriginEnum }),
    channel: t.expose("channel", { type: ChannelEnum }),
    conversation: t.relation("conversation", {
      description: "Its messages are the thread, replies included",
    }),
    message: t.relation("message", { nullable: true, description: "The message that opened it" }),
    alert: t.relation("alert", {
      nullable: true,
      description: "The alert it was opened from (origin ALERT)",
    }),
    person: t.prismaField({
      type: "Person",
      nullable: true,
      description:
        "The customer: the author of the message that opened it, or who started the conversation",
      select: {
        message: { select: { authorId: true } },
        conversation: { select: { personId: true } },
      },
      resolve: (query, parent, _args, ctx) => {
        const id = parent.message?.authorId ?? parent.conversation.personId;
        return id === null ? null : ctx.prisma.person.findUnique({ ...query, where: { id } });
      },
    }),
    assignee: t.relation("assignee", { nullable: true }),
    team: t.exposeString("team", { nullable: true }),
    openedAt: t.expose("openedAt", { type: "DateTime" }),
    firstResponseAt: t.expose("firstResponseAt", { type: "DateTime", nullable: true }),
    lastResponseAt: t.expose("lastResponseAt", { type: "DateTime", nullable: true }),
    awaitingSince: t.expose("awaitingSince", {
      type: "DateTime",
      nullable: true,
      description: "The customer's first message since the last response, while one is awaited",
    }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true }),
    reopenedAt: t.expose("reopenedAt", { type: "DateTime", nullable: true }),
    firstResponseDueAt: t.expose("firstResponseDueAt", { type: "DateTime" }),
    nextResponseDueAt: t.expose("nextResponseDueAt", {
      type: "DateTime",
      nullable: true,
      description: "Set while a customer's message after the first response awaits an answer",
    }),
    resolutionDueAt: t.expose("resolutionDueAt", { type: "DateTime" }),
    breached: t.field({
      type: BreachesRef,
      description: "As of now",
      resolve: (c) => breachesAt(c, new Date()),
    }),
    sla: t.prismaField({
      type: "SlaPolicy",
      description: "The targets of its priority",
      resolve: (query, c, _args, ctx) =>
        ctx.prisma.slaPolicy.findUniqueOrThrow({ ...query, where: { priority: c.priority } }),
    }),
    notes: t.relatedConnection("notes", {
      cursor: "id",
      description: "Oldest first",
      query: { orderBy: { id: "asc" } },
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Conversation", "case", (t) =>
  t.relation("case", { nullable: true, description: "Its case, when one was opened" }),
);

builder.prismaObjectField("Person", "cases", (t) =>
  t.prismaConnection({
    type: "Case",
    cursor: "id",
    description: "Cases of this customer, newest first",
    totalCount: (person, _args, ctx) => ctx.prisma.case.count({ where: casesOf(person.id) }),
    resolve: (query, person, _args, ctx) =>
      ctx.prisma.case.findMany({ ...query, where: casesOf(person.id), orderBy: { id: "desc" } }),
  }),
);

/** The customer of a case is the author of its message, or who started its conversation when it has none. */
function casesOf(personId: number) {
  return {
    OR: [{ message: { authorId: personId } }, { messageId: null, conversation: { personId } }],
  };
}

const CaseFilterInput = builder.inputType("CaseFilter", {
  fields: (t) => ({
    status: t.field({
      type: [CaseStatusEnum],
      description: "Any of these (a single value is a list of one)",
    }),
    priority: t.field({ type: [PriorityEnum] }),
    channel: t.field({ type: [ChannelEnum] }),
    assigneeId: t.globalID({ description: "A Teammate" }),
    team: t.string(),
    breached: t.boolean({
      description: "Only cases that breached a target (true) or none (false), as of now",
    }),
  }),
});

function caseFilter(filter: typeof CaseFilterInput.$inferInput | null | undefined): CaseFilter {
  return {
    status: filter?.status ?? undefined,
    priority: filter?.priority ?? undefined,
    channel: filter?.channel ?? undefined,
    assigneeId: filter?.assigneeId
      ? idOf(filter.assigneeId, "Teammate", "filter.assigneeId")
      : undefined,
    team: filter?.team ?? undefined,
    breached: filter?.breached ?? undefined,
  };
}

const ResponseTimesGroupByEnum = builder.enumType("ResponseTimesGroupBy", {
  values: {
    CHANNEL: { value: "channel" },
    ASSIGNEE: { value: "assignee" },
    PRIORITY: { value: "priority" },
  } as const,
});

const ResponseTimeGroupRef = builder.objectRef<ResponseTimeGroup>("ResponseTimeGroup").implement({
  description:
    "Response and resolution times of the cases opened in the period, in one group; seconds",
  fields: (t) => ({
    channel: t.expose("channel", {
      type: ChannelEnum,
      nullable: true,
      description: "Grouped by CHANNEL",
    }),
    priority: t.expose("priority", {
      type: PriorityEnum,
      nullable: true,
      description: "Grouped by PRIORITY",
    }),
    assignee: t.prismaField({
      type: "Teammate",
      nullable: true,
      description: "Grouped by ASSIGNEE; null for unassigned cases",
      resolve: (query, group, _args, ctx) =>
        group.assigneeId === null
          ? null
          : ctx.prisma.teammate.findUnique({ ...query, where: { id: group.assigneeId } }),
    }),
    cases: t.exposeInt("cases"),
    responded: t.exposeInt("responded", { description: "Cases with a first response" }),
    resolved: t.exposeInt("resolved"),
    firstResponseMedianSeconds: t.exposeFloat("firstResponseMedianSeconds", { nullable: true }),
    firstResponseP90Seconds: t.exposeFloat("firstResponseP90Seconds", { nullable: true }),
    resolutionMedianSeconds: t.exposeFloat("resolutionMedianSeconds", { nullable: true }),
    resolutionP90Seconds: t.exposeFloat("resolutionP90Seconds", { nullable: true }),
    slaMet: t.exposeFloat("slaMet", {
      description:
        "Share (0 to 1) of the cases that breached no target; one still within its targets counts as met so far",
    }),
  }),
});

const pageSize = (first: number) => Math.min(Math.max(first, 1), maxPageSize);
const dayMs = 86_400_000;

builder.queryFields((t) => ({
  cases: t.prismaConnection({
    type: "Case",
    cursor: "id",
    description:
      "The queue: unresolved first, soonest due (breached ones lead), most urgent; resolved last",
    args: { filter: t.arg({ type: CaseFilterInput }) },
    totalCount: (_parent, args, ctx) => countCases(ctx.db.pool, caseFilter(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      pageInSqlOrder(
        query,
        "cases",
        (page) => caseIds(ctx.db.pool, caseFilter(args.filter), page),
        (selection, ids) => ctx.prisma.case.findMany({ ...selection, where: { id: { in: ids } } }),
      ),
  }),
  case: t.prismaField({
    type: "Case",
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.case.findUnique({ ...query, where: { id: idOf(args.id, "Case", "id") } }),
  }),
  teammates: t.prismaField({
    type: ["Teammate"],
    description: "By name",
    args: { first: t.arg.int({ defaultValue: maxPageSize }) },
    complexity: (args) => ({ field: 1, multiplier: pageSize(args.first ?? maxPageSize) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.teammate.findMany({
        ...query,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: pageSize(args.first ?? maxPageSize),
      }),
  }),
  slaPolicies: t.prismaField({
    type: [SlaPolicyRef],
    description: "Targets by priority, most urgent first",
    resolve: async (query, _parent, _args, ctx) =>
      await ctx.prisma.slaPolicy.findMany({ ...query, orderBy: { priority: "desc" } }),
  }),
  responseTimes: t.field({
    type: [ResponseTimeGroupRef],
    description:
      "Median and p90 first response and resolution, and the share of SLA met, of the cases opened in [from, to) (default: the last 30 days)",
    args: {
      groupBy: t.arg({ type: ResponseTimesGroupByEnum, required: true }),
      from: t.arg({ type: "DateTime" }),
      to: t.arg({ type: "DateTime" }),
    },
    resolve: (_parent, args, ctx) => {
      const to = args.to ?? new Date();
      const from = args.from ?? new Date(to.getTime() - 30 * dayMs);
      if (from >= to)
        throw new ValidationError(
          "from",
          `must be before to (${to.toISOString()}), got ${from.toISOString()}`,
        );
      return responseTimes(ctx.db.pool, args.groupBy as ResponseTimesGroupBy, from, to);
    },
  }),
}));

const OpenCaseInputRef = builder.inputType("OpenCaseInput", {
  description: "Exactly one of conversationId, messageId and alertId",
  fields: (t) => ({
    conversationId: t.globalID(),
    messageId: t.globalID({
      description: "The message behind the case: its author is the customer",
    }),
    alertId: t.globalID({
      description:
        "An alert: the case opens on its conversation and message, with its severity as priority unless one is given",
    }),
    priority: t.field({ type: PriorityEnum }),
    assigneeId: t.globalID({ description: "A Teammate" }),
    team: t.string(),
  }),
});

const TeammateInputRef = builder.inputType("TeammateInput", {
  fields: (t) => ({
    id: t.globalID({ description: "The teammate to change; left out, a new one" }),
    name: t.string({ required: true }),
    handle: t.string({ required: true, description: "Unique; 1 to 50 letters, digits, _, . or -" }),
    team: t.string(),
  }),
});

const SlaPolicyInputRef = builder.inputType("SlaPolicyInput", {
  fields: (t) => ({
    priority: t.field({ type: PriorityEnum, required: true }),
    firstResponseMinutes: t.int({ required: true }),
    nextResponseMinutes: t.int({ required: true }),
    resolutionMinutes: t.int({ required: true }),
  }),
});

const services = (ctx: Context) => ({ db: ctx.db, live: ctx.live, influence: ctx.influence });

builder.mutationFields((t) => ({
  openCase: t.prismaField({
    type: "Case",
    description:
      "Opens the conversation's case (or answers the one it has, reopened if it was resolved)",
    args: { input: t.arg({ type: OpenCaseInputRef, required: true }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const id = await openCase(services(ctx), {
        conversationId: input.conversationId
          ? idOf(input.conversationId, "Conversation", "input.conversationId")
          : undefined,
        messageId: input.messageId
          ? idOf(input.messageId, "Message", "input.messageId")
          : undefined,
        alertId: input.alertId ? idOf(input.alertId, "Alert", "input.alertId") : undefined,
        priority: input.priority ?? undefined,
        assigneeId: input.assigneeId
          ? idOf(input.assigneeId, "Teammate", "input.assigneeId")
          : undefined,
        team: input.team,
      });
      return ctx.prisma.case.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  assignCase: t.prismaField({
    type: "Case",
    description:
      "Gives the case to a teammate (assigneeId null: to nobody); the team follows the teammate's unless given",
    args: {
      id: t.arg.globalID({ required: true }),
      assigneeId: t.arg.globalID(),
      team: t.arg.string(),
    },
    resolve: async (query, _parent, args, ctx) => {
      const caseId = idOf(args.id, "Case", "id");
      await assignCase(services(ctx), {
        caseId,
        assigneeId: args.assigneeId ? idOf(args.assigneeId, "Teammate", "assigneeId") : null,
        team: args.team,
      });
      return ctx.prisma.case.findUniqueOrThrow({ ...query, where: { id: caseId } });
    },
  }),
  addCaseNote: t.prismaField({
    type: "CaseNote",
    description: `An internal note (at most 10,000 characters); @handles of teammates are stored as its mentions`,
    args: { id: t.arg.globalID({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const noteId = await addCaseNote(services(ctx), {
        caseId: idOf(args.id, "Case", "id"),
        text: args.text,
        author: ctx.viewer.name,
      });
      return ctx.prisma.caseNote.findUniqueOrThrow({ ...query, where: { id: noteId } });
    },
  }),
  respondToCase: t.prismaField({
    type: "Case",
    description:
      "Answers the customer: an outbound message on the case's channel and conversation, by the teammate (default: the assignee, who it is assigned to if nobody was)",
    args: {
      id: t.arg.globalID({ required: true }),
      text: t.arg.string({ required: true }),
      teammateId: t.arg.globalID(),
    },
    resolve: async (query, _parent, args, ctx) => {
      const caseId = idOf(args.id, "Case", "id");
      await respondToCase(services(ctx), {
        caseId,
        text: args.text,
        teammateId: args.teammateId ? idOf(args.teammateId, "Teammate", "teammateId") : undefined,
        actor: `api-key:${ctx.viewer.name}`,
      });
      return ctx.prisma.case.findUniqueOrThrow({ ...query, where: { id: caseId } });
    },
  }),
  resolveCase: t.prismaField({
    type: "Case",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const caseId = await resolveCase(services(ctx), idOf(args.id, "Case", "id"));
      return ctx.prisma.case.findUniqueOrThrow({ ...query, where: { id: caseId } });
    },
  }),
  reopenCase: t.prismaField({
    type: "Case",
    description: "A resolved case back to OPEN; its resolution clock starts again",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const caseId = await reopenCase(services(ctx), idOf(args.id, "Case", "id"));
      return ctx.prisma.case.findUniqueOrThrow({ ...query, where: { id: caseId } });
    },
  }),
  saveTeammate: t.prismaField({
    type: "Teammate",
    authScopes: { admin: true },
    args: { input: t.arg({ type: TeammateInputRef, required: true }) },
    resolve: async (query, _parent, { input }, ctx) => {
      const id = await saveTeammate(ctx.db.pool, {
        id: input.id ? idOf(input.id, "Teammate", "input.id") : undefined,
        name: input.name,
        handle: input.handle,
        team: input.team,
      });
      return ctx.prisma.teammate.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  saveSlaPolicy: t.prismaField({
    type: SlaPolicyRef,
    authScopes: { admin: true },
    description:
      "Sets the targets of one priority; unresolved cases of that priority take the new due times at once",
    args: { input: t.arg({ type: SlaPolicyInputRef, required: true }) },
    resolve: async (query, _parent, { input }, ctx) => {
      await saveSlaPolicy(services(ctx), input);
      return ctx.prisma.slaPolicy.findUniqueOrThrow({
        ...query,
        where: { priority: input.priority },
      });
    },
  }),
}));

builder.subscriptionFields((t) => ({
  caseUpdated: t.prismaField({
    type: "Case",
    description:
      "Cases as they open, change, get notes and responses, and resolve; only one case's with `id`",
    args: { id: t.arg.globalID() },
    subscribe: (_root, args, ctx) => caseEvents(ctx, args.id ? idOf(args.id, "Case", "id") : null),
    resolve: (query, event: LoggedEvent, _args, ctx) =>
      ctx.prisma.case.findUniqueOrThrow({
        ...query,
        where: { id: event.payload.caseId as number },
      }),
  }),
}));

async function* caseEvents(ctx: Context, caseId: number | null): AsyncGenerator<LoggedEvent> {
  const onOverflow = () =>
    ctx.connection?.close(4429, "Too slow: resubscribe to caseUpdated and reload the queue");
  for await (const event of ctx.live.subscribe({ types: ["case_updated"], onOverflow })) {
    if (
      typeof event.payload.caseId === "number" &&
      (caseId === null || event.payload.caseId === caseId)
    )
      yield event;
  }
}
