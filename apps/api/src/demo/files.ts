// The demo's raw material: the exports a Lumen team would actually have, each in its own system's
// shape (HubSpot, Salesforce, Mailchimp, lead ads, webinar and badge-scan CSVs read through column
// mappings, Twitter's API, Zendesk's API, the forum's and the sales tool's records), describing
// overlapping people with the variations real data has: upper-case addresses, Gmail dots and
// +tags, phones written three ways, a forum that abbreviates names, a second address only sales has.
import fs from "node:fs";
import nodePath from "node:path";
import { findUpwards } from "../paths.ts";
import { demoBrands, demoCommunities, salesReps, supportAgents } from "./catalog.ts";
import { buildWorld, type DemoWorld, type Stage, type WorldPerson } from "./world.ts";

export const DEFAULT_SEED = 20261201;

type Cell = string | number | undefined | null;

function csv(rows: Cell[][]): string {
  const cell = (value: Cell) => {
    const text = value === undefined || value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
const jsonl = (records: object[]) =>
  records.map((record) => JSON.stringify(record)).join("\n") + "\n";

/** Salesforce report dates: month first, with the time when the field has one. */
const sfDate = (date: Date) =>
  `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
const sfDateTime = (date: Date) => {
  const hour = date.getUTCHours();
  return `${sfDate(date)} ${hour % 12 === 0 ? 12 : hour % 12}:${String(date.getUTCMinutes()).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
};
/** Mailchimp and most tools: "2026-11-30 14:05:09", UTC. */
const plainDateTime = (date: Date) => date.toISOString().replace("T", " ").slice(0, 19);
const iso = (date: Date) => date.toISOString();
/** Phones as different people type them into a CRM. */
const phoneVariant = (phone: string, i: number) =>
  i % 3 === 0
    ? phone
    : i % 3 === 1
      ? phone.replace(/^\+1 (\d{3}) (\d{3}) (\d{4})$/, "($1) $2-$3")
      : phone.replace(/\s/g, "");
/** The same Gmail mailbox written another way: without the dots, or with a +tag. */
const gmailVariant = (email: string, tag: string) => {
  const [local, domain] = email.split("@") as [string, string];
  if (domain !== "gmail.com") return email;
  return local.includes(".")
    ? `${local.replace(/\./g, "")}@${domain}`
    : `${local}+${tag}@${domain}`;
};

const hubspotStage: Record<Stage, string> = {
  subscriber: "Subscriber",
  lead: "Lead",
  mql: "Marketing Qualified Lead",
  sql: "Sales Qualified Lead",
  opportunity: "Opportunity",
  customer: "Customer",
};
const hubspotId = (p: WorldPerson) => String(51_000 + p.index);
const salesforceId = (p: WorldPerson) => `003${String(2_000_000 + p.index)}`;
const forumId = (p: WorldPerson) => `u${1000 + p.index}`;
const fullName = (p: WorldPerson) => `${p.first} ${p.last}`;

/** A CSV export read through a column mapping (the generic-csv preset): the CSV and its mapping beside it. */
interface MappedCsv {
  rows: Cell[][];
  mapping: object;
}

function lifecycleHistory(world: DemoWorld): MappedCsv {
  // HubSpot's property history of "Lifecycle Stage": one row per change, in time order per contact.
  const rows: Cell[][] = [["Record ID", "Property", "Value", "Changed At"]];
  for (const person of world.people) {
    if (!person.inCrm) continue;
    for (const { stage, at } of person.stages)
      rows.push([hubspotId(person), "Lifecycle Stage", hubspotStage[stage], iso(at)]);
  }
  return {
    rows,
    mapping: {
      source: "hubspot",
      records: [
        {
          type: "person",
          id: "Record ID",
          fields: {
            stage: {
              column: "Value",
              values: Object.fromEntries(
                Object.entries(hubspotStage).map(([stage, label]) => [label, stage]),
              ),
            },
            at: "Changed At",
          },
        },
      ],
    },
  };
}

/** Lead ads, webinar registrations and badge scans: a person and a touchpoint per row. */
function touchpointCsv(
  world: DemoWorld,
  file: "ad-leads" | "webinars" | "badges",
  source: string,
): MappedCsv {
  const rows: Cell[][] = [
    [
      "Touch ID",
      "Person ID",
      "First Name",
      "Last Name",
      "Email",
      "Company",
      "Website",
      "Job Title",
      "Type",
      "Campaign ID",
      "Campaign",
      "At",
    ],
  ];
  for (const touch of world.touchpoints) {
    if (touch.campaign.file !== file) continue;
    const p = touch.person;
    rows.push([
      touch.id,
      `${file}-${p.index}`,
      p.first,
      p.last,
      p.email,
      p.organization?.name,
      p.organization ? `https://${p.organization.domain}` : "",
      p.title,
      touch.kind,
      touch.campaign.id,
      touch.campaign.name,
      iso(touch.at),
    ]);
  }
  return {
    rows,
    mapping: {
      source,
      records: [
        {
          type: "person",
          id: "Person ID",
          fields: {
            name: ["First Name", "Last Name"],
            emails: "Email",
            "organization.name": "Company",
            "organization.domain": "Website",
            title: "Job Title",
          },
        },
        {
          type: "touchpoint",
          id: "Touch ID",
          fields: {
            "person.email": "Email",
            "campaign.id": "Campaign ID",
            "campaign.name": "Campaign",
            "campaign.channel": {
              value:
                world.touchpoints.find((t) => t.campaign.file === file)?.campaign.channel ??
                "other",
            },
            kind: "Type",
            at: "At",
          },
        },
      ],
    },
  };
}

function hubspotContacts(world: DemoWorld): Cell[][] {
  const rows: Cell[][] = [
    [
      "Record ID",
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Company Name",
      "Company Domain Name",
      "Job Title",
      "City",
      "Country/Region",
      "Lifecycle Stage",
      "Twitter Username",
      "Create Date",
    ],
  ];
  for (const p of world.people) {
    if (!p.inCrm) continue;
    const stage = p.stages[p.stages.length - 1]?.stage;
    rows.push([
      hubspotId(p),
      p.first,
      p.last,
      p.email,
      p.index % 4 === 0 ? phoneVariant(p.phone, p.index) : "",
      p.organization?.name,
      p.organization?.domain,
      p.title,
      p.city,
      p.country.country,
      stage ? hubspotStage[stage] : "",
      p.handle && p.index % 10 < 7 ? p.handle : "",
      plainDateTime(p.createdAt),
    ]);
  }
  return rows;
}

function salesforceContacts(world: DemoWorld): Cell[][] {
  const rows: Cell[][] = [
    [
      "Contact ID",
      "First Name",
      "Last Name",
      "Email",
      "Phone",
      "Title",
      "Account Name",
      "Website",
      "Mailing City",
      "Mailing Country",
      "Created Date",
    ],
  ];
  for (const p of world.people) {
    if (!p.salesSince) continue;
    const email = p.salesEmail ?? (p.index % 4 === 1 ? p.email.toUpperCase() : p.email);
    rows.push([
      salesforceId(p),
      p.first,
      p.last,
      email,
      p.salesEmail ? "" : phoneVariant(p.phone, p.index + 1),
      p.title,
      p.organization?.name,
      p.organization ? `https://www.${p.organization.domain}/` : "",
      p.city,
      p.country.country,
      sfDateTime(p.salesSince),
    ]);
  }
  return rows;
}

/**
 * The opportunities report exported after each move: export `step` lists every deal that made at
 * least `step` moves, as it stood after its `step`-th (with its Last Stage Change Date), so
 * importing the exports in order replays each deal's stage history at the times it happened.
 */
function salesforceOpportunities(world: DemoWorld, step: number): Cell[][] {
  const rows: Cell[][] = [
    [
      "Opportunity ID",
      "Opportunity Name",
      "Account Name",
      "Website",
      "Stage",
      "Amount",
      "Opportunity Currency",
      "Contact ID",
      "Created Date",
      "Last Stage Change Date",
      "Close Date",
      "Opportunity Owner",
    ],
  ];
  for (const deal of world.deals) {
    const move = deal.history[step - 1];
    if (!move) continue;
    const closed = step === deal.history.length && deal.status !== "open";
    const currency = deal.organization.country.currency;
    rows.push([
      deal.id,
      deal.name,
      deal.organization.name,
      deal.organization.domain,
      move.stage,
      `${currency} ${deal.amount.toLocaleString("en-US")}.00`,
      currency,
      salesforceId(deal.person),
      sfDateTime(deal.history[0]!.at),
      sfDateTime(move.at),
      closed ? sfDate(move.at) : "",
      deal.owner,
    ]);
  }
  return rows;
}

function mailchimpActivity(world: DemoWorld): Cell[][] {
  const rows: Cell[][] = [
    [
      "Email Address",
      "First Name",
      "Last Name",
      "Campaign Title",
      "Campaign ID",
      "Action",
      "Timestamp",
      "URL",
    ],
  ];
  const action = { email_sent: "sent", email_open: "open", email_click: "click" } as Record<
    string,
    string
  >;
  for (const touch of world.touchpoints) {
    if (touch.campaign.file !== "mailchimp") continue;
    const p = touch.person;
    rows.push([
      p.index % 3 === 0 ? p.email.replace(/^./, (c) => c.toUpperCase()) : p.email,
      p.first,
      p.last,
      touch.campaign.name,
      touch.campaign.id,
      action[touch.kind],
      plainDateTime(touch.at),
      touch.url,
    ]);
  }
  return rows;
}

function forumRecords(world: DemoWorld): object[] {
  const records: object[] = [];
  const members = new Set(world.memberships.map((m) => m.person));
  for (const p of members) {
    records.push({
      type: "person",
      source: "forum",
      id: forumId(p),
      name: p.index % 6 === 2 ? `${p.first[0]}. ${p.last}` : fullName(p),
      emails: [p.index % 5 === 3 ? gmailVariant(p.email, "forum") : p.email],
      handles:
        p.handle && p.index % 2 === 0 ? [{ platform: "twitter", handle: p.handle }] : undefined,
      location: p.city,
      at: iso(p.createdAt),
    });
  }
  world.memberships.forEach((m, i) => {
    records.push({
      type: "membership",
      source: "forum",
      id: `m${i + 1}`,
      person: { id: forumId(m.person) },
      community: demoCommunities[m.community],
      role: m.role,
      joinedAt: iso(m.joinedAt),
      lastActiveAt: iso(m.lastActiveAt),
    });
  });
  for (const post of world.forumPosts) {
    records.push({
      type: "message",
      source: "forum",
      id: post.id,
      channel: "forum",
      conversation: post.thread,
      inReplyTo: post.replyTo,
      author: { id: forumId(post.author) },
      text: post.text,
      at: iso(post.at),
      community: demoCommunities[post.community],
      subject: post.subject,
      url: `https://community.lumen.example/${post.community}/${post.thread}`,
    });
  }
  return records;
}

function salesActivity(world: DemoWorld): object[] {
  return world.salesMessages.map((m) => {
    const rep = salesReps.find((r) => r === m.author);
    return {
      type: "message",
      source: "outreach",
      id: m.id,
      channel: m.channel,
      conversation: m.conversation,
      inReplyTo: m.replyTo,
      direction: m.direction,
      author: rep
        ? { name: rep.name, email: rep.email }
        : { email: (m.author as WorldPerson).email },
      subject: m.subject,
      text: m.text,
      at: iso(m.at),
    };
  });
}

function zendeskTickets(world: DemoWorld): object {
  const requesters = new Map<number, WorldPerson>();
  for (const t of world.tickets) requesters.set(t.requester.index, t.requester);
  return {
    tickets: world.tickets.map((t) => ({
      id: t.id,
      url: `https://lumen.zendesk.com/api/v2/tickets/${t.id}.json`,
      subject: t.subject,
      description: t.comments[0]!.text,
      requester_id: 9000 + t.requester.index,
      created_at: iso(t.at),
      via: { channel: t.via },
      status: t.comments.length > 1 ? "solved" : "open",
      comments: t.comments.map((c) => ({
        id: c.id,
        author_id: c.agent ?? 9000 + t.requester.index,
        public: true,
        plain_body: c.text,
        created_at: iso(c.at),
      })),
    })),
    users: [
      ...supportAgents.map((a) => ({ id: a.id, name: a.name, email: a.email })),
      ...[...requesters.values()].map((p) => ({
        id: 9000 + p.index,
        name: fullName(p),
        email: p.index % 2 ? p.email.toUpperCase() : gmailVariant(p.email, "support"),
        phone: p.index % 3 === 0 ? phoneVariant(p.phone, p.index + 2) : null,
      })),
    ],
  };
}

function reviewAndBlogRecords(world: DemoWorld): object[] {
  return world.posts.map((post) => ({
    type: "message",
    source: post.channel === "review" ? "reviews" : "laundrylab-blog",
    id: post.id,
    channel: post.channel,
    author:
      post.channel === "review"
        ? { name: fullName(post.author), email: post.author.email }
        : { name: fullName(post.author), platform: "twitter", handle: post.author.handle },
    subject: post.title,
    text: post.title ? `${post.title}\n\n${post.text}` : post.text,
    at: iso(post.at),
    url: post.url,
    metrics: { likes: post.likes },
  }));
}

function twitterSearch(world: DemoWorld): object {
  const authors = new Map<number, WorldPerson>();
  for (const tweet of world.tweets) authors.set(tweet.author.index, tweet.author);
  return {
    data: world.tweets.map((t) => ({
      id: t.id,
      text: t.text,
      author_id: `tw-${t.author.index}`,
      created_at: iso(t.at),
      conversation_id: t.conversationId,
      referenced_tweets: t.replyTo
        ? [{ type: "replied_to", id: t.replyTo }]
        : t.shareOf
          ? [{ type: "retweeted", id: t.shareOf }]
          : undefined,
      public_metrics: {
        like_count: t.likes,
        reply_count: t.replies,
        retweet_count: t.shares,
        quote_count: 0,
        impression_count: t.views,
      },
    })),
    includes: {
      users: [...authors.values()].map((p) => ({
        id: `tw-${p.index}`,
        name: p.index === 0 ? "Maya Okafor | Laundry Lab" : fullName(p),
        username: p.handle,
        location: p.city,
        public_metrics: { followers_count: p.followers },
      })),
    },
    meta: { result_count: world.tweets.length },
  };
}

export interface DemoFiles {
  directory: string;
  /** In import order: brands and profiles first, so messages find them; the forum after Twitter. */
  files: string[];
  world: DemoWorld;
}

/** Writes the demo exports into `directory`; the same seed, people and `now` give the same bytes. */
export function writeDemoFiles(
  directory: string,
  options: { people: number; now: Date; seed?: number },
): DemoFiles {
  const world = buildWorld({
    people: options.people,
    now: options.now,
    seed: options.seed ?? DEFAULT_SEED,
  });
  fs.mkdirSync(directory, { recursive: true });
  const files: string[] = [];
  const write = (name: string, text: string) => {
    const path = nodePath.join(directory, name);
    fs.writeFileSync(path, text);
    files.push(path);
  };
  const writeMapped = (name: string, { rows, mapping }: MappedCsv) => {
    fs.writeFileSync(
      nodePath.join(directory, name.replace(/\.csv$/, ".mapping.json")),
      JSON.stringify(mapping, null, 2) + "\n",
    );
    write(name, csv(rows));
  };
  write(
    "brands.jsonl",
    jsonl(
      demoBrands.map((brand) => ({ type: "brand", source: "lumen", id: brand.name, ...brand })),
    ),
  );
  // The history first: the contacts export then names each contact's stage as it already is.
  writeMapped("hubspot-lifecycle-history.csv", lifecycleHistory(world));
  write("hubspot-contacts.csv", csv(hubspotContacts(world)));
  write("salesforce-contacts.csv", csv(salesforceContacts(world)));
  const moves = Math.max(0, ...world.deals.map((deal) => deal.history.length));
  for (let step = 1; step <= moves; step++)
    write(`salesforce-opportunities-${step}.csv`, csv(salesforceOpportunities(world, step)));
  write("mailchimp-activity.csv", csv(mailchimpActivity(world)));
  writeMapped("lead-ads.csv", touchpointCsv(world, "ad-leads", "lead-ads"));
  writeMapped("webinar-attendees.csv", touchpointCsv(world, "webinars", "zoom-webinars"));
  writeMapped("expo-badge-scans.csv", touchpointCsv(world, "badges", "event-badges"));
  write("sales-activity.jsonl", jsonl(salesActivity(world)));
  write("zendesk-tickets.json", JSON.stringify(zendeskTickets(world), null, 1) + "\n");
  write("reviews-and-blogs.jsonl", jsonl(reviewAndBlogRecords(world)));
  // Two blogs' feeds as a subscribed feed would answer them, read by the feed preset.
  const feeds = findUpwards(import.meta.dirname, nodePath.join("src", "demo", "feeds"));
  for (const name of fs.readdirSync(feeds).sort())
    write(name, fs.readFileSync(nodePath.join(feeds, name), "utf8"));
  write("twitter-search.json", JSON.stringify(twitterSearch(world), null, 1) + "\n");
  // After Twitter: a forum profile with both an address and a handle merges the CRM contact and
  // the Twitter account that nothing linked before.
  write("forum.jsonl", jsonl(forumRecords(world)));
  return { directory, files, world };
}
