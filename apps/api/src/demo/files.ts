// The demo's raw material: the exports a Lumen Home team would actually have, each in its own
// system's shape, describing overlapping people with the variations real data has (upper-case
// addresses, phones written three ways, a nickname, a Twitter handle only the forum knows).
import fs from "node:fs";
import nodePath from "node:path";
import { seededRandom, type Random } from "./random.ts";
import { demoBrands, demoCities, demoFirstNames, demoLastNames, demoLines, demoOrganizations, demoTitles } from "./catalog.ts";

export interface DemoPerson {
  index: number;
  first: string;
  last: string;
  email: string;
  phone: string;
  handle: string;
  followers: number;
  org: (typeof demoOrganizations)[number] | null;
  city: string;
  title: string;
  createdAt: Date;
}

const day = 86_400_000;

export function demoPeople(count: number, random: Random, now: Date): DemoPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const blogger = i === 0;
    const first = blogger ? "Maya" : demoFirstNames[i % demoFirstNames.length]!;
    const last = blogger ? "Okafor" : demoLastNames[(i * 7) % demoLastNames.length]!;
    const org = i % 5 === 4 ? null : demoOrganizations[i % demoOrganizations.length]!;
    const handle = `${first}${last}`.toLowerCase() + (i >= demoFirstNames.length ? String(i) : "");
    const suffix = i >= demoFirstNames.length ? String(i) : "";
    return {
      index: i,
      first,
      last,
      email: org ? `${first}.${last}${suffix}@${org.domain}`.toLowerCase() : `${handle}@mail.example`,
      phone: `+1 415 555 ${String(1000 + i).slice(-4)}`,
      handle,
      followers: blogger ? 1_200_000 : Math.round(random.next() ** 4 * 40_000),
      org,
      city: random.pick(demoCities),
      title: blogger ? "Home appliance blogger" : random.pick(demoTitles),
      createdAt: new Date(now.getTime() - random.int(20, 180) * day),
    };
  });
}

function csv(rows: Array<Array<string | number | undefined>>): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

const usDate = (date: Date) => `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
/** Phones as different people type them into a CRM. */
const phoneVariant = (phone: string, i: number) =>
  i % 3 === 0 ? phone : i % 3 === 1 ? phone.replace(/^\+1 (\d{3}) (\d{3}) (\d{4})$/, "($1) $2-$3") : phone.replace(/\s/g, "");

export interface DemoFiles {
  directory: string;
  /** In import order: brands and profiles first, so messages find them. */
  files: string[];
}

/** Writes the demo exports into `directory`; the same seed, people and day give the same files. */
export function writeDemoFiles(directory: string, options: { people: number; now: Date; seed?: number }): DemoFiles {
  const random = seededRandom(options.seed ?? 20261129);
  const { now } = options;
  const people = demoPeople(options.people, random, now);
  fs.mkdirSync(directory, { recursive: true });
  const write = (name: string, text: string) => {
    fs.writeFileSync(nodePath.join(directory, name), text);
    return nodePath.join(directory, name);
  };
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  // Forum: Parley records. Brands first; profiles carry both the email and the Twitter handle,
  // which is how the tweets below find their CRM contacts.
  const forum: object[] = demoBrands.map((brand) => ({ type: "brand", source: "demo", id: brand.name, ...brand }));
  const communities = [
    { platform: "forum", id: "lumen-owners", name: "Lumen Owners Club" },
    { platform: "forum", id: "pro-laundry", name: "Pro Laundry Operators" },
  ];
  const forumMembers = people.filter((p) => p.index % 2 === 0);
  for (const person of forumMembers) {
    forum.push({
      type: "person", source: "forum", id: `u${100 + person.index}`,
      name: person.index % 6 === 2 ? `${person.first[0]}. ${person.last}` : `${person.first} ${person.last}`,
      emails: [person.email], handles: [{ platform: "twitter", handle: person.handle }], location: person.city,
    });
    forum.push({
      type: "membership", source: "forum", id: `m${100 + person.index}`, person: { id: `u${100 + person.index}` },
      community: communities[person.index % 2], role: person.index % 9 === 0 ? "moderator" : "member", joinedAt: person.createdAt.toISOString(),
    });
  }
  const posts = Math.max(6, Math.round(options.people / 4));
  for (let i = 0; i < posts; i++) {
    const author = random.pick(forumMembers);
    const line = random.pick(demoLines.forum);
    const thread = `t${Math.floor(i / 2)}`;
    forum.push({
      type: "message", source: "forum", id: `post-${i}`, channel: "forum", conversation: thread,
      inReplyTo: i % 2 === 1 ? `post-${i - 1}` : undefined, author: { id: `u${100 + author.index}` }, text: line.text,
      at: ago(random.int(1, 60 * 24 * 6)).toISOString(), community: communities[Math.floor(i / 2) % 2], subject: i % 2 === 0 ? line.text.slice(0, 60) : undefined,
    });
  }

  // CRM contacts, Salesforce report export.
  const crm = [["Contact ID", "First Name", "Last Name", "Email", "Phone", "Title", "Account Name", "Website", "Mailing City", "Created Date"]];
  for (const person of people.filter((p) => p.index % 7 !== 6)) {
    crm.push([
      `003${String(1000 + person.index)}`, person.first, person.last,
      person.index % 4 === 1 ? person.email.toUpperCase() : person.email, phoneVariant(person.phone, person.index), person.title,
      person.org?.name ?? "", person.org ? `https://www.${person.org.domain}/` : "", person.city, usDate(person.createdAt),
    ]);
  }

  // CRM opportunities, one per organization, with its contact's Contact ID.
  const stages = ["Qualification", "Discovery", "Proposal", "Negotiation", "Closed Won"];
  const deals = [["Opportunity ID", "Opportunity Name", "Account Name", "Website", "Stage", "Amount", "Contact ID", "Created Date", "Close Date", "Opportunity Owner"]];
  demoOrganizations.forEach((org, i) => {
    const contact = people.find((p) => p.org?.domain === org.domain && p.index % 7 !== 6);
    const stage = stages[random.int(0, stages.length - 1)]!;
    deals.push([
      `006${100 + i}`, `${org.name}: ${random.int(4, 40)} machines`, org.name, org.domain, stage, `EUR ${random.int(8, 120) * 1000}`,
      contact ? `003${1000 + contact.index}` : "", usDate(new Date(now.getTime() - random.int(10, 90) * day)), usDate(now), random.pick(["Sam Rivera", "Jo Becker"]),
    ]);
  });

  // Mailchimp campaign activity.
  const campaigns = ["Spring energy-saving", "Hotel laundry webinar", "Care home case study"];
  const mailchimp: Array<Array<string | undefined>> = [["Email Address", "First Name", "Last Name", "Campaign Title", "Campaign ID", "Action", "Timestamp", "URL"]];
  for (const person of people) {
    const campaignIndex = random.int(0, campaigns.length - 1);
    const sentAt = new Date(now.getTime() - random.int(2, 30) * day);
    for (const [action, chance] of [["sent", 1], ["open", 0.6], ["click", 0.3]] as const) {
      if (!random.chance(chance)) break;
      const at = new Date(sentAt.getTime() + (action === "sent" ? 0 : random.int(5, 600) * 60_000));
      mailchimp.push([
        person.index % 3 === 0 ? person.email.replace(/^./, (c) => c.toUpperCase()) : person.email, person.first, person.last,
        campaigns[campaignIndex]!, `cmp-${campaignIndex + 1}`, action, at.toISOString().replace("T", " ").slice(0, 19),
        action === "click" ? "https://lumenhome.example/energy" : undefined,
      ]);
    }
  }

  // Twitter API v2 search response: the blogger's complaint thread first.
  const tweeters = [people[0]!, ...people.slice(1).filter((p) => p.index % 3 === 0)];
  const tweets: object[] = [];
  const complaint = demoLines.public[0]!;
  tweets.push({ id: "1860000000000000001", text: complaint.text, author_id: "tw-0", created_at: ago(90).toISOString(), conversation_id: "1860000000000000001", public_metrics: { like_count: 4200, reply_count: 380, retweet_count: 910, quote_count: 120, impression_count: 2_400_000 } });
  tweets.push({ id: "1860000000000000002", text: demoLines.public[6]!.text, author_id: "tw-0", created_at: ago(30).toISOString(), conversation_id: "1860000000000000001", referenced_tweets: [{ type: "replied_to", id: "1860000000000000001" }], public_metrics: { like_count: 1500, reply_count: 90, retweet_count: 300, quote_count: 20 } });
  const tweetCount = Math.max(6, Math.round(options.people / 3));
  for (let i = 0; i < tweetCount; i++) {
    const author = random.pick(tweeters.slice(1).length ? tweeters.slice(1) : tweeters);
    const line = random.pick(demoLines.public);
    const id = String(1860000000000001000n + BigInt(i));
    tweets.push({ id, text: line.text, author_id: `tw-${author.index}`, created_at: ago(random.int(1, 60 * 24 * 6)).toISOString(), conversation_id: id, public_metrics: { like_count: random.int(0, 40), reply_count: random.int(0, 5), retweet_count: random.int(0, 8), quote_count: 0 } });
  }
  const twitter = {
    data: tweets,
    includes: {
      users: tweeters.map((p) => ({ id: `tw-${p.index}`, name: p.index === 0 ? "Maya Okafor | Laundry Lab" : `${p.first} ${p.last}`, username: p.handle, location: p.city, public_metrics: { followers_count: p.followers } })),
    },
  };

  // Zendesk tickets with sideloaded users, who write in with the email the CRM has.
  const requesters = people.filter((p) => p.index % 3 !== 2).slice(0, Math.max(4, Math.round(options.people / 3)));
  if (!requesters.includes(people[0]!)) requesters.unshift(people[0]!);
  const tickets = requesters.map((person, i) => {
    const line = person.index === 0 ? demoLines.support[3]! : random.pick(demoLines.support);
    const created = ago(random.int(10, 60 * 24 * 6));
    const ticket: Record<string, unknown> = {
      id: 5000 + i, url: `https://lumenhome.zendesk.com/api/v2/tickets/${5000 + i}.json`, subject: line.text.slice(0, 60),
      description: line.text, requester_id: 9000 + person.index, created_at: created.toISOString(), via: { channel: random.pick(["email", "web", "chat", "voice"]) },
    };
    if (i % 2 === 0) {
      ticket.comments = [
        { id: 70000 + i * 10, author_id: 9000 + person.index, public: true, plain_body: line.text, created_at: created.toISOString() },
        { id: 70000 + i * 10 + 1, author_id: 1, public: true, plain_body: "Thanks for reaching out, a technician will call you today.", created_at: new Date(created.getTime() + 40 * 60_000).toISOString() },
      ];
    }
    return ticket;
  });
  const zendesk = {
    tickets,
    users: [
      { id: 1, name: "Lumen Support", email: "support.agent@lumenhome.example" },
      ...requesters.map((p) => ({ id: 9000 + p.index, name: `${p.first} ${p.last}`, email: p.index % 2 ? p.email.toUpperCase() : p.email, phone: p.index % 3 === 0 ? phoneVariant(p.phone, p.index + 1) : null })),
    ],
  };

  return {
    directory,
    files: [
      write("forum-posts.jsonl", forum.map((record) => JSON.stringify(record)).join("\n") + "\n"),
      write("crm-contacts.csv", csv(crm)),
      write("crm-opportunities.csv", csv(deals)),
      write("mailchimp-activity.csv", csv(mailchimp)),
      write("twitter-search.json", JSON.stringify(twitter, null, 1)),
      write("zendesk-tickets.json", JSON.stringify(zendesk, null, 1)),
    ],
  };
}
