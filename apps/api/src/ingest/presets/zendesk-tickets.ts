import { addressInLocation } from "../../identity/address.ts";
import type { MessageChannel } from "../records/types.ts";
import { type JsonObject, objectAt, objectsAt, textAt } from "./json-values.ts";
import type { DocumentPreset, PresetContext, RawRecord } from "./types.ts";
import { compact } from "./values.ts";

/** Zendesk's `via.channel` on the Parley channels; web forms, the API and widgets are plain tickets. */
const CHANNELS: Record<string, MessageChannel> = {
  email: "email",
  chat: "chat",
  chat_transcript: "chat",
  native_messaging: "chat",
  voice: "phone",
  sms: "sms",
  twitter: "twitter",
  facebook: "facebook",
  instagram_dm: "instagram",
};

const channelOf = (via: unknown): MessageChannel =>
  CHANNELS[textAt(objectAt(via)?.channel) ?? ""] ?? "support_ticket";

/** The agent-facing page of a ticket, derived from its API url (https://acme.zendesk.com/api/v2/tickets/1.json). */
function agentUrl(ticket: JsonObject): string | undefined {
  const match = /^(https:\/\/[^/]+)\/api\/v2\/tickets\/(\d+)\.json$/.exec(textAt(ticket.url) ?? "");
  return match ? `${match[1]}/agent/tickets/${match[2]}` : undefined;
}

/** An API list (`{tickets, users}`), a single API ticket (`{ticket}`) or one ticket of a JSON export. */
function ticketsIn(document: unknown): { tickets: JsonObject[]; users: JsonObject[] } {
  const root = objectAt(document) ?? {};
  const users = objectsAt(root.users);
  if (Array.isArray(root.tickets)) return { tickets: objectsAt(root.tickets), users };
  const single = objectAt(root.ticket) ?? root;
  return { tickets: "requester_id" in single || "requester" in single ? [single] : [], users };
}

function personOfUser(user: JsonObject, ctx: PresetContext): RawRecord {
  return compact({
    type: "person",
    source: ctx.source,
    id: textAt(user.id),
    name: textAt(user.name),
    emails: [textAt(user.email)].filter(Boolean),
    phones: [textAt(user.phone)].filter(Boolean),
    // Zendesk has no address field: accounts keep it in a custom user field or in the free-text details.
    address: addressOfUser(user),
  });
}

function addressOfUser(user: JsonObject): string | undefined {
  const fields = objectAt(user.user_fields) ?? {};
  const custom =
    textAt(fields.address) ?? textAt(fields.postal_address) ?? textAt(fields.mailing_address);
  if (custom) return custom;
  const details = textAt(user.details);
  return details && addressInLocation(details) ? details : undefined;
}

function messagesOfTicket(ticket: JsonObject, ctx: PresetContext): RawRecord[] {
  const ticketId = textAt(ticket.id);
  const requesterId = textAt(ticket.requester_id) ?? textAt(objectAt(ticket.requester)?.id);
  // The ticket's channel is how the person reaches support; agents answer on it whatever tool they type in.
  const common = {
    type: "message" as const,
    source: ctx.source,
    channel: channelOf(ticket.via),
    conversation: ticketId,
    subject: textAt(ticket.subject),
    url: agentUrl(ticket),
  };
  const comments = objectsAt(ticket.comments);
  if (comments.length === 0) {
    return [
      compact({
        ...common,
        id: ticketId && `ticket-${ticketId}`,
        author: requesterId && { source: ctx.source, id: requesterId },
        text: textAt(ticket.description),
        at: textAt(ticket.created_at),
        direction: "inbound",
      }),
    ];
  }
  // Internal notes are agents talking among themselves, not communication with the person.
  const publicComments = comments.filter((comment) => comment.public !== false);
  return publicComments.map((comment, i) => {
    const authorId = textAt(comment.author_id);
    const previous = publicComments[i - 1];
    return compact({
      ...common,
      id: textAt(comment.id) && `comment-${textAt(comment.id)}`,
      author: authorId && { source: ctx.source, id: authorId },
      text: textAt(comment.plain_body) ?? textAt(comment.body),
      at: textAt(comment.created_at),
      inReplyTo: previous && `comment-${textAt(previous.id)}`,
      direction: authorId === requesterId ? "inbound" : "outbound",
    });
  });
}

export const zendeskTickets: DocumentPreset = {
  name: "zendesk-tickets",
  description:
    "Zendesk tickets (JSON API response with sideloaded users, or the JSON export: one ticket per line)",
  input: "document",
  formats: ["json", "jsonl"],
  defaultSource: "zendesk",
  matchesDocument: (document) => ticketsIn(document).tickets.length > 0,
  toRecords(document, ctx) {
    const { tickets, users } = ticketsIn(document);
    const embeddedRequesters = tickets
      .map((ticket) => objectAt(ticket.requester))
      .filter((user) => user !== undefined);
    return [
      ...[...users, ...embeddedRequesters].map((user) => personOfUser(user, ctx)),
      ...tickets.flatMap((ticket) => messagesOfTicket(ticket, ctx)),
    ];
  },
};
