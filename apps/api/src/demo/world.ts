// The demo world as a simulation: who the people are, how each one moves through the lifecycle,
// what they touch, say and buy, over the six months before `now`. Everything comes from one seeded
// PRNG, so the same seed, size and `now` give the same world. files.ts writes it as the exports each
// system would have; nothing here knows a file format.
//
// The stories the analyses should find are causes in the simulation, not labels:
// - campaigns carry a quality that scales each qualification step of the people they brought in;
// - a business prospect who asks in the Pro forum and is answered (quickly, best) wins more often;
// - forum members answered quickly stay, the others drift away and stop posting;
// - brands have their own tone and a share of voice that drifts, with two negative bursts;
// - the Twitter conversation runs in circles around a few hubs, and the blogger's complaint sits
//   minutes before `now` with replies and shares piling up.

import { type Random, seededRandom } from "../random.ts";
import {
  bloggerStory,
  brandSpellings,
  businessTitles,
  consumerTitles,
  type DemoBrandName,
  type DemoCampaign,
  type DemoCountry,
  demoBrands,
  demoCampaigns,
  type demoCommunities,
  demoCountries,
  demoFirstNames,
  demoLastNames,
  demoOrganizations,
  organizationWords,
  type SocialCircle,
  salesReps,
  socialCircles,
  supportAgents,
  type Tone,
  templates,
} from "./catalog.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far back the world goes. */
export const WORLD_DAYS = 182;

export type Stage = "subscriber" | "lead" | "mql" | "sql" | "opportunity" | "customer";

export interface WorldOrganization {
  name: string;
  domain: string;
  industry: string;
  country: DemoCountry;
}

export interface WorldPerson {
  index: number;
  first: string;
  last: string;
  segment: "business" | "consumer";
  organization: WorldOrganization | null;
  country: DemoCountry;
  city: string;
  title: string;
  email: string;
  phone: string;
  /** Twitter handle, for the people who are on Twitter. */
  handle: string | null;
  followers: number;
  circle: SocialCircle | null;
  hub: boolean;
  createdAt: Date;
  /** The campaign that brought a business prospect in. */
  campaign: DemoCampaign | null;
  /** Known to the marketing CRM (HubSpot); the others are only seen on social channels and forums. */
  inCrm: boolean;
  stages: Array<{ stage: Stage; at: Date }>;
  /** Known to sales (Salesforce) from this time: when they became sales-qualified. */
  salesSince: Date | null;
  /** Salesforce has this address instead of the CRM's, and no phone: a duplicate only a suggestion finds. */
  salesEmail: string | null;
}

export interface WorldTouchpoint {
  id: string;
  person: WorldPerson;
  campaign: DemoCampaign;
  kind:
    | "email_sent"
    | "email_open"
    | "email_click"
    | "ad_click"
    | "form_fill"
    | "webinar"
    | "event";
  at: Date;
  url?: string;
}

export interface WorldDeal {
  id: string;
  name: string;
  person: WorldPerson;
  organization: WorldOrganization;
  amount: number;
  owner: string;
  /** Every stage the deal entered, in order; the last is where it is now. */
  history: Array<{ stage: string; at: Date }>;
  status: "open" | "won" | "lost";
}

export interface WorldTweet {
  id: string;
  author: WorldPerson;
  text: string;
  at: Date;
  conversationId: string;
  replyTo?: string;
  shareOf?: string;
  likes: number;
  replies: number;
  shares: number;
  views?: number;
}

export interface WorldForumPost {
  id: string;
  author: WorldPerson;
  community: keyof typeof demoCommunities;
  thread: string;
  replyTo?: string;
  subject?: string;
  text: string;
  at: Date;
}

export interface WorldMembership {
  person: WorldPerson;
  community: keyof typeof demoCommunities;
  role: "member" | "moderator";
  joinedAt: Date;
  lastActiveAt: Date;
}

export interface WorldTicket {
  id: number;
  requester: WorldPerson;
  via: "email" | "voice" | "chat" | "web";
  subject: string;
  at: Date;
  comments: Array<{ id: number; agent: number | null; text: string; at: Date }>;
}

export interface WorldSalesMessage {
  id: string;
  conversation: string;
  channel: "email" | "phone";
  /** The prospect, or a sales rep writing to them. */
  author: WorldPerson | (typeof salesReps)[number];
  direction: "inbound" | "outbound";
  subject?: string;
  text: string;
  at: Date;
  replyTo?: string;
}

export interface WorldPost {
  id: string;
  channel: "review" | "blog";
  author: WorldPerson;
  title?: string;
  text: string;
  at: Date;
  url: string;
  likes: number;
}

export interface DemoWorld {
  now: Date;
  seed: number;
  people: WorldPerson[];
  organizations: WorldOrganization[];
  touchpoints: WorldTouchpoint[];
  deals: WorldDeal[];
  tweets: WorldTweet[];
  forumPosts: WorldForumPost[];
  memberships: WorldMembership[];
  tickets: WorldTicket[];
  salesMessages: WorldSalesMessage[];
  posts: WorldPost[];
  /** The blogger (people[0]) and her complaint, for the stories' tests. */
  blogger: WorldPerson;
  complaintId: string;
}

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
const fill = (template: string, slots: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in slots ? String(slots[name]) : whole,
  );
const clamp = (p: number) => Math.min(0.95, Math.max(0, p));

/** Business organizations: the catalog's first, then made from its word lists, each in a country. */
function makeOrganizations(count: number, random: Random): WorldOrganization[] {
  const industries = Object.keys(organizationWords.suffixes);
  const organizations: WorldOrganization[] = demoOrganizations.map((org) => ({
    ...org,
    country: random.pick(demoCountries),
  }));
  const names = new Set(organizations.map((org) => org.name));
  const pairs = organizationWords.prefixes.flatMap((prefix) =>
    industries.flatMap((industry) =>
      organizationWords.suffixes[industry]!.map((suffix) => `${prefix} ${suffix}`),
    ),
  );
  // Past every prefix-suffix pair (some 6,300 people) names take a number, which grows with the
  // attempts: without it a bigger world looped for ever looking for a name not yet taken.
  let unusedPairs = pairs.filter((pair) => !names.has(pair)).length;
  for (let i = 0; organizations.length < count; i++) {
    const industry = industries[i % industries.length]!;
    const pair = `${organizationWords.prefixes[Math.floor(i / industries.length) % organizationWords.prefixes.length]} ${random.pick(organizationWords.suffixes[industry]!)}`;
    const round = unusedPairs > 0 ? "" : String(Math.floor(i / pairs.length) + 1);
    const name = round ? `${pair} ${round}` : pair;
    if (names.has(name)) continue;
    if (unusedPairs > 0) unusedPairs--;
    names.add(name);
    organizations.push({
      name,
      domain: `${ascii(pair)}${round}.example.com`,
      industry,
      country: random.pick(demoCountries),
    });
  }
  return organizations;
}

/** Builds the world; `people` is how many people it has (at least 20). */
export function buildWorld(options: { people: number; now: Date; seed: number }): DemoWorld {
  const random = seededRandom(options.seed);
  const now = options.now;
  const t0 = now.getTime();
  const daysAgo = (days: number) => new Date(t0 - days * DAY);
  const later = (at: Date, ms: number) => new Date(at.getTime() + ms);
  const passed = (at: Date) => at.getTime() < t0;
  const count = Math.max(20, options.people);
  const organizations = makeOrganizations(Math.max(8, Math.round(count / 14)), random);

  // People. Names are distinct up to 3,600 people (a stride through first × last names); handles always.
  const handles = new Set<string>();
  const people: WorldPerson[] = [];
  for (let i = 0; i < count; i++) {
    const blogger = i === 0;
    const combo = (i * 7919) % (demoFirstNames.length * demoLastNames.length);
    const first = blogger ? "Maya" : demoFirstNames[combo % demoFirstNames.length]!;
    const last = blogger ? "Okafor" : demoLastNames[Math.floor(combo / demoFirstNames.length)]!;
    const segment = blogger ? "consumer" : random.chance(0.55) ? "business" : "consumer";
    const organization = segment === "business" ? random.pick(organizations) : null;
    const country = organization?.country ?? random.pick(demoCountries);
    const suffix = i >= 3600 ? String(i) : "";
    const email = blogger
      ? "maya.okafor@gmail.com"
      : organization
        ? `${ascii(first)}.${ascii(last)}${suffix}@${organization.domain}`
        : `${ascii(first)}${random.pick([".", "_", ""])}${ascii(last)}${suffix || random.int(1, 99)}@${random.pick(["gmail.com", "outlook.com", "proton.me"])}`;
    const onTwitter = blogger || random.chance(segment === "consumer" ? 0.55 : 0.3);
    let handle: string | null = null;
    if (onTwitter) {
      handle = blogger
        ? bloggerStory.handle
        : `${ascii(first)}${random.pick(["", "_", "."]).replace(".", "")}${ascii(last)}`;
      while (handles.has(handle)) handle = `${handle.replace(/\d+$/, "")}${random.int(2, 999)}`;
      handles.add(handle);
    }
    const circle: SocialCircle | null = !onTwitter
      ? null
      : blogger || !organization
        ? random.chance(0.75) || blogger
          ? "home"
          : "green"
        : organization.industry === "Hospitality"
          ? "hospitality"
          : organization.industry === "Care"
            ? "care"
            : organization.industry === "Laundromats"
              ? "laundromat"
              : random.pick(["green", "hospitality"] as const);
    const campaign = segment === "business" ? random.weighted(demoCampaigns, (c) => c.reach) : null;
    // A business prospect arrives while their campaign runs; consumers sign up any time.
    const createdAt = blogger
      ? daysAgo(150)
      : campaign
        ? daysAgo(random.between(campaign.to, campaign.from))
        : daysAgo(random.between(2, WORLD_DAYS));
    people.push({
      index: i,
      first,
      last,
      segment,
      organization,
      country,
      city: random.pick(country.cities),
      title: blogger
        ? "Home appliance blogger"
        : random.pick(segment === "business" ? businessTitles : consumerTitles),
      email,
      phone: `+1 ${415 + Math.floor(i / 9000)} 555 ${String(1000 + (i % 9000)).slice(-4)}`,
      handle,
      followers: blogger
        ? bloggerStory.followers
        : onTwitter
          ? Math.round(random.next() ** 5 * 30_000) + random.int(20, 400)
          : 0,
      circle,
      hub: false,
      createdAt,
      campaign,
      inCrm: blogger || segment === "business" || random.chance(0.85),
      stages: [],
      salesSince: null,
      salesEmail: null,
    });
  }
  // A few hubs per circle: many followers, and the people the circle talks to.
  for (const circle of socialCircles) {
    const members = people.filter((p) => p.circle === circle.id && p.index !== 0);
    for (const hub of members.slice(0, Math.max(1, Math.round(members.length / 60)))) {
      hub.hub = true;
      hub.followers = random.int(25_000, 260_000);
    }
  }
  const blogger = people[0]!;
  blogger.hub = true;

  const touchpoints: WorldTouchpoint[] = [];
  const deals: WorldDeal[] = [];
  const forumPosts: WorldForumPost[] = [];
  const memberships: WorldMembership[] = [];
  const tickets: WorldTicket[] = [];
  const salesMessages: WorldSalesMessage[] = [];
  const posts: WorldPost[] = [];
  let touchpointSeq = 0;
  const touch = (
    person: WorldPerson,
    campaign: DemoCampaign,
    kind: WorldTouchpoint["kind"],
    at: Date,
    url?: string,
  ) => {
    if (passed(at))
      touchpoints.push({ id: `tp-${++touchpointSeq}`, person, campaign, kind, at, url });
  };
  const emailCampaign = (
    person: WorldPerson,
    campaign: DemoCampaign,
    sentAt: Date,
    clickChance: number,
  ) => {
    touch(person, campaign, "email_sent", sentAt);
    if (!random.chance(0.45)) return;
    const openedAt = later(sentAt, random.exponential(5 * HOUR) + 2 * MINUTE);
    touch(person, campaign, "email_open", openedAt);
    if (random.chance(clickChance))
      touch(
        person,
        campaign,
        "email_click",
        later(openedAt, random.int(1, 20) * MINUTE),
        `https://lumen.example/${campaign.id}`,
      );
  };

  // Forum: the two communities' regulars answer newcomers; who stays depends on how fast.
  const forumMembers: Record<keyof typeof demoCommunities, WorldPerson[]> = { owners: [], pro: [] };
  const regulars: Record<keyof typeof demoCommunities, WorldPerson[]> = {
    owners: people.filter((p) => p.segment === "consumer" && p.index % 40 === 7).slice(0, 8),
    pro: people.filter((p) => p.segment === "business" && p.index % 40 === 9).slice(0, 8),
  };
  let postSeq = 0;
  let threadSeq = 0;
  /** A member's forum life: joins, asks, is answered (or not), then stays or drifts away. */
  const joinForum = (
    person: WorldPerson,
    community: keyof typeof demoCommunities,
    joinedAt: Date,
    question: string,
  ): { answeredAfter: number | null } => {
    const answerers = regulars[community].filter((r) => r !== person);
    const thread = `t${++threadSeq}`;
    const askedAt = later(joinedAt, random.exponential(2 * DAY) + 10 * MINUTE);
    if (!passed(askedAt) || answerers.length === 0) return { answeredAfter: null };
    forumMembers[community].push(person);
    const first = {
      id: `post-${++postSeq}`,
      author: person,
      community,
      thread,
      subject: question.slice(0, 70),
      text: question,
      at: askedAt,
    };
    forumPosts.push(first);
    const roll = random.next();
    const answeredAfter =
      roll < 0.55 ? random.between(0.3, 6) * HOUR : roll < 0.85 ? random.between(1, 5) * DAY : null;
    if (answeredAfter !== null && passed(later(askedAt, answeredAfter))) {
      const answer = fill(random.pick(templates.forumAnswer), { n: random.int(3, 20) });
      forumPosts.push({
        id: `post-${++postSeq}`,
        author: random.pick(answerers),
        community,
        thread,
        replyTo: first.id,
        text: answer,
        at: later(askedAt, answeredAfter),
      });
    }
    const stays = random.chance(
      answeredAfter === null ? 0.15 : answeredAfter < 12 * HOUR ? 0.8 : 0.35,
    );
    // Who stays posts every few weeks until now; who leaves posts once or twice in the first month.
    let at = askedAt;
    let last = askedAt;
    const until = stays ? t0 : Math.min(t0, askedAt.getTime() + random.between(5, 35) * DAY);
    for (;;) {
      at = later(at, random.exponential(stays ? 18 * DAY : 9 * DAY) + DAY);
      if (at.getTime() >= until) break;
      forumPosts.push({
        id: `post-${++postSeq}`,
        author: person,
        community,
        thread: `t${++threadSeq}`,
        text: fill(random.pick(templates.forumPost), { n: random.int(2, 24) }),
        at,
      });
      last = at;
    }
    memberships.push({ person, community, role: "member", joinedAt, lastActiveAt: last });
    return { answeredAfter };
  };
  for (const community of ["owners", "pro"] as const) {
    for (const regular of regulars[community]) {
      forumMembers[community].push(regular);
      const joinedAt = daysAgo(random.between(WORLD_DAYS, WORLD_DAYS + 200));
      let at = daysAgo(WORLD_DAYS);
      let last = at;
      while ((at = later(at, random.exponential(6 * DAY) + HOUR)) < now) {
        forumPosts.push({
          id: `post-${++postSeq}`,
          author: regular,
          community,
          thread: `t${++threadSeq}`,
          text: fill(random.pick(templates.forumPost), { n: random.int(2, 24) }),
          at,
        });
        last = at;
      }
      memberships.push({
        person: regular,
        community,
        role: "moderator",
        joinedAt,
        lastActiveAt: last,
      });
    }
  }

  // The lifecycle of each person, with what it leaves in marketing, sales and support.
  let dealSeq = 0;
  for (const person of people) {
    if (regulars.owners.includes(person) || regulars.pro.includes(person)) {
      person.stages.push({ stage: "subscriber", at: person.createdAt });
      continue;
    }
    const stages = person.stages;
    const reach = (stage: Stage, at: Date) => {
      if (!passed(at)) return false;
      stages.push({ stage, at });
      return true;
    };
    reach("subscriber", person.createdAt);
    if (person.segment === "consumer") {
      if (person === blogger) reach("customer", daysAgo(24));
      else if (random.chance(0.35))
        reach("customer", later(person.createdAt, random.exponential(20 * DAY) + 2 * DAY));
      // Newsletters, and the owners' forum for some.
      for (let month = 0; month < 6; month++) {
        const sentAt = daysAgo(WORLD_DAYS - 30 * month - 3 - (person.index % 5));
        if (sentAt > person.createdAt && random.chance(0.3))
          emailCampaign(person, demoCampaigns[0]!, sentAt, 0.12);
      }
      if (person === blogger || random.chance(0.22)) {
        joinForum(
          person,
          "owners",
          person === blogger ? daysAgo(140) : later(person.createdAt, random.exponential(15 * DAY)),
          fill(random.pick(templates.forumQuestionOwners), { brand: "Lumen" }),
        );
      }
      continue;
    }

    // Business: acquired by a campaign, then qualified step by step; each step's chance scales with
    // the campaign's quality, and the Pro forum's answers make the difference in the later steps.
    const campaign = person.campaign!;
    const acquired = person.createdAt;
    if (campaign.file === "mailchimp")
      emailCampaign(person, campaign, later(acquired, -random.int(30, 300) * MINUTE), 1);
    if (campaign.file === "ad-leads") {
      touch(person, campaign, "ad_click", later(acquired, -random.int(1, 8) * MINUTE));
      touch(person, campaign, "form_fill", acquired);
    }
    if (campaign.file === "webinars") {
      touch(person, campaign, "form_fill", acquired);
      if (random.chance(0.65))
        touch(person, campaign, "webinar", later(acquired, random.int(2, 9) * DAY));
    }
    if (campaign.file === "badges") touch(person, campaign, "event", acquired);
    const q = campaign.quality;
    let at = acquired;
    let answered: number | null | undefined;
    const step = (stage: Stage, chance: number, meanDays: number) => {
      if (!random.chance(clamp(chance))) return false;
      at = later(at, random.exponential(meanDays * DAY) + DAY);
      return reach(stage, at);
    };
    if (!step("lead", 0.8, 4)) continue;
    // Nurture emails while they are leads.
    for (const nurture of [demoCampaigns[1]!, demoCampaigns[2]!]) {
      const sentAt = daysAgo(random.between(nurture.to, nurture.from));
      if (sentAt > at && random.chance(0.5)) emailCampaign(person, nurture, sentAt, 0.25);
    }
    if (!step("mql", 0.42 * q, 7)) continue;
    if (random.chance(0.38)) {
      const question = fill(random.pick(templates.forumQuestionPro), {
        brand: "Lumen Pro",
        n: random.int(20, 120),
      });
      answered = joinForum(
        person,
        "pro",
        later(at, random.exponential(2 * DAY)),
        question,
      ).answeredAfter;
    }
    const forumBoost =
      answered === undefined ? 1 : answered === null ? 0.6 : answered < 12 * HOUR ? 1.8 : 1.4;
    if (!step("sql", 0.5 * q * forumBoost, 8)) continue;
    person.salesSince = at;
    if (random.chance(0.04))
      person.salesEmail = `${ascii(person.first)}.${ascii(person.last)}.work@outlook.com`;
    const rep = salesReps[person.index % salesReps.length]!;
    const organization = person.organization!;
    const machines = random.int(4, 40);
    // Sales emails and calls, on the prospect's timeline.
    const conversation = `sales-${person.index}`;
    const emailAt = later(at, random.between(2, 30) * HOUR);
    if (passed(emailAt)) {
      const emailId = `${conversation}-1`;
      salesMessages.push({
        id: emailId,
        conversation,
        channel: "email",
        author: rep,
        direction: "outbound",
        subject: `Lumen Pro for ${organization.name}`,
        text: fill(random.pick(templates.salesEmail), { first: person.first, n: machines }),
        at: emailAt,
      });
      const replyAt = later(emailAt, random.exponential(DAY) + 20 * MINUTE);
      if (random.chance(0.7) && passed(replyAt)) {
        salesMessages.push({
          id: `${conversation}-2`,
          conversation,
          channel: "email",
          author: person,
          direction: "inbound",
          subject: `Re: Lumen Pro for ${organization.name}`,
          text: fill(random.pick(templates.prospectReply), { n: machines }),
          at: replyAt,
          replyTo: emailId,
        });
      }
    }
    const callAt = later(at, random.between(3, 9) * DAY);
    if (random.chance(0.6) && passed(callAt)) {
      salesMessages.push({
        id: `${conversation}-call`,
        conversation: `${conversation}-call`,
        channel: "phone",
        author: person,
        direction: "inbound",
        text: fill(random.pick(templates.callNote), { n: machines }),
        at: callAt,
      });
    }
    if (!step("opportunity", 0.7, 6)) continue;
    const history = [{ stage: "Qualification", at }];
    const win = clamp(
      0.34 *
        Math.sqrt(q) *
        (answered === undefined ? 1 : answered === null ? 0.5 : answered < 12 * HOUR ? 2.3 : 1.7),
    );
    const willWin = random.chance(win);
    const lostAfter = willWin ? 99 : random.int(1, 3);
    let status: WorldDeal["status"] = "open";
    let dealAt = at;
    for (const [i, stage] of ["Discovery", "Proposal", "Negotiation", "closed"].entries()) {
      dealAt = later(dealAt, random.exponential(7 * DAY) + DAY);
      if (!passed(dealAt)) break;
      if (stage === "closed" || i >= lostAfter) {
        status = willWin ? "won" : "lost";
        history.push({ stage: willWin ? "Closed Won" : "Closed Lost", at: dealAt });
        if (willWin) reach("customer", dealAt);
        break;
      }
      history.push({ stage, at: dealAt });
    }
    const unitPrice =
      organization.country.currency === "USD"
        ? 3200
        : organization.country.currency === "GBP"
          ? 2600
          : 2900;
    deals.push({
      id: `006${String(1_000_000 + ++dealSeq)}`,
      name: `${organization.name}: ${machines} machines`,
      person,
      organization,
      amount: machines * unitPrice,
      owner: rep.name,
      history,
      status,
    });
  }

  // Support: customers write in, a few others too; the firmware burst fills the queue for a week.
  let ticketSeq = 5000;
  let commentSeq = 70_000;
  const ticket = (
    requester: WorldPerson,
    text: string,
    at: Date,
    via: WorldTicket["via"],
    answered: boolean,
  ) => {
    if (!passed(at)) return;
    const comments: WorldTicket["comments"] = [{ id: ++commentSeq, agent: null, text, at }];
    const answerAt = later(at, random.exponential(8 * HOUR) + 15 * MINUTE);
    if (answered && passed(answerAt))
      comments.push({
        id: ++commentSeq,
        agent: random.pick(supportAgents).id,
        text: random.pick(templates.agentReply),
        at: answerAt,
      });
    tickets.push({ id: ++ticketSeq, requester, via, subject: text.slice(0, 60), at, comments });
  };
  for (const person of people) {
    if (person === blogger) continue;
    const customer = person.stages.some((s) => s.stage === "customer");
    if (!random.chance(customer ? 0.3 : 0.04)) continue;
    const problem = random.chance(0.6);
    const text = fill(random.pick(problem ? templates.ticketProblem : templates.ticketQuestion), {
      n: random.int(1000, 9999),
    });
    ticket(
      person,
      text,
      later(person.createdAt, random.between(1, 60) * DAY),
      random.pick(["email", "email", "web", "chat", "voice"] as const),
      random.chance(0.9),
    );
  }
  const customers = people.filter(
    (p) => p !== blogger && p.stages.some((s) => s.stage === "customer" && s.at < daysAgo(40)),
  );
  for (let i = 0; i < Math.round(customers.length * 0.12); i++) {
    ticket(
      random.pick(customers),
      fill(templates.ticketFirmware[0]!, { n: random.int(1000, 9999) }),
      daysAgo(random.between(35, 38)),
      random.pick(["email", "web", "voice"] as const),
      true,
    );
  }
  // The blogger's ticket and call went unanswered before she went public.
  ticket(blogger, bloggerStory.ticket, daysAgo(6), "email", false);
  ticket(blogger, bloggerStory.call, daysAgo(2), "voice", false);

  // Reviews: customers review what they bought, and competitors' customers theirs.
  let reviewSeq = 0;
  for (const person of people) {
    const customer = person.stages.find((s) => s.stage === "customer");
    const own = customer !== undefined && person !== blogger && random.chance(0.14);
    const rival = !own && random.chance(0.03);
    if (!own && !rival) continue;
    const brand: DemoBrandName = own
      ? person.segment === "business"
        ? "Lumen Pro"
        : "Lumen Home"
      : random.pick(["Brightwash", "Sudsy"] as const);
    const unhappy = random.chance(brand === "Sudsy" ? 0.5 : brand === "Brightwash" ? 0.35 : 0.22);
    const at = own
      ? later(customer!.at, random.between(3, 40) * DAY)
      : daysAgo(random.between(1, WORLD_DAYS));
    if (!passed(at)) continue;
    const id = `r-${++reviewSeq}`;
    posts.push({
      id,
      channel: "review",
      author: person,
      text: fill(random.pick(unhappy ? templates.review.problem : templates.review.praise), {
        brand: random.pick(brandSpellings[brand]).replace("@", ""),
      }),
      at,
      url: `https://reviews.example.com/review/${id}`,
      likes: random.int(0, 30),
    });
  }
  for (const entry of bloggerStory.blog) {
    posts.push({
      id: `laundrylab-${entry.daysAgo}`,
      channel: "blog",
      author: blogger,
      title: entry.title,
      text: entry.text,
      at: daysAgo(entry.daysAgo),
      url: `https://laundrylab.blog/${ascii(entry.title)}`,
      likes: random.int(800, 3000),
    });
  }

  const tweets = buildConversation(people, blogger, random, now);
  const complaintId = tweets.find(
    (t) => t.author === blogger && t.text === bloggerStory.complaint,
  )!.id;

  // In time order, as the systems export them.
  const byTime = <T extends { at: Date }>(items: T[]) =>
    items.sort((a, b) => a.at.getTime() - b.at.getTime());
  byTime(touchpoints);
  byTime(forumPosts);
  byTime(tickets);
  byTime(salesMessages);
  byTime(posts);
  return {
    now,
    seed: options.seed,
    people,
    organizations,
    touchpoints,
    deals,
    tweets,
    forumPosts,
    memberships,
    tickets,
    salesMessages,
    posts,
    blogger,
    complaintId,
  };
}

/** How likely each tone is for each brand: Sudsy's customers are the least happy, Lumen Pro's the most. */
const toneOfBrand: Record<DemoBrandName, Record<Tone, number>> = {
  "Lumen Home": { praise: 0.55, problem: 0.17, question: 0.2, idea: 0.08 },
  "Lumen Pro": { praise: 0.6, problem: 0.1, question: 0.24, idea: 0.06 },
  Brightwash: { praise: 0.45, problem: 0.28, question: 0.2, idea: 0.07 },
  Sudsy: { praise: 0.35, problem: 0.4, question: 0.2, idea: 0.05 },
};

/**
 * The Twitter conversation: people post about the brands, mostly within their circle, reply to
 * and mention its hubs, share the hubs' posts; share of voice drifts towards Lumen Home over the
 * months; Sudsy's recall and Lumen's firmware update make two negative bursts; the blogger's
 * complaint closes it, minutes before `now`.
 */
function buildConversation(
  people: WorldPerson[],
  blogger: WorldPerson,
  random: Random,
  now: Date,
): WorldTweet[] {
  const t0 = now.getTime();
  const tweets: WorldTweet[] = [];
  let seq = 0;
  const nextId = () => String(1_790_000_000_000_000_000n + BigInt(++seq) * 7919n);
  const onTwitter = people.filter((p) => p.handle !== null);
  const inCircle = new Map(
    socialCircles.map((c) => [c.id, onTwitter.filter((p) => p.circle === c.id)]),
  );
  const hubsOf = new Map(
    socialCircles.map((c) => [c.id, inCircle.get(c.id)!.filter((p) => p.hub)]),
  );
  const brandsOf = new Map(
    socialCircles.map((c) => [c.id, c.brands as Record<DemoBrandName, number>]),
  );
  const toneNames: Tone[] = ["praise", "problem", "question", "idea"];

  const post = (
    author: WorldPerson,
    text: string,
    at: Date,
    extra: Partial<WorldTweet> = {},
  ): WorldTweet => {
    const id = nextId();
    const tweet: WorldTweet = {
      id,
      author,
      text,
      at,
      conversationId: id,
      likes: 0,
      replies: 0,
      shares: 0,
      ...extra,
    };
    tweets.push(tweet);
    return tweet;
  };
  const someoneIn = (circle: SocialCircle, not: WorldPerson) => {
    const pool = random.chance(0.85) ? inCircle.get(circle)! : onTwitter;
    // Now and then someone the circle listens to (a hub): what makes them hubs.
    const hubs = hubsOf.get(circle)!;
    const pick = hubs.length > 0 && random.chance(0.2) ? random.pick(hubs) : random.pick(pool);
    return pick === not ? null : pick;
  };

  const rootsOf = (author: WorldPerson) =>
    author.hub ? random.int(8, 16) : random.chance(0.7) ? random.int(1, 3) : 0;
  for (const author of onTwitter) {
    if (author === blogger) continue;
    const circle = author.circle!;
    for (let k = rootsOf(author); k > 0; k--) {
      const ageDays = random.between(0.05, WORLD_DAYS);
      const progress = 1 - ageDays / WORLD_DAYS;
      // Share of voice: Lumen Home gains through the half-year, Brightwash loses.
      const drift: Record<DemoBrandName, number> = {
        "Lumen Home": 0.7 + 0.8 * progress,
        "Lumen Pro": 1,
        Brightwash: 1.3 - 0.6 * progress,
        Sudsy: 1,
      };
      const brand = random.weighted(
        demoBrands.map((b) => b.name),
        (name) => (brandsOf.get(circle)![name] ?? 0) * drift[name],
      );
      const tone = random.weighted(toneNames, (name) => toneOfBrand[brand][name]);
      const mention =
        !author.hub && random.chance(0.2) && hubsOf.get(circle)!.length > 0
          ? `@${random.pick(hubsOf.get(circle)!).handle} `
          : "";
      const text =
        mention +
        fill(random.pick(templates.social[tone]), { brand: random.pick(brandSpellings[brand]) });
      const root = post(author, text, new Date(t0 - ageDays * DAY), {
        likes: random.int(0, author.hub ? 400 : 25),
      });
      replyAndShare(root, tone, circle);
    }
  }
  function replyAndShare(root: WorldTweet, tone: Tone, circle: SocialCircle) {
    const replies = root.author.hub ? random.int(3, 9) : random.chance(0.5) ? random.int(1, 2) : 0;
    let at = root.at;
    for (let r = 0; r < replies; r++) {
      const replier = someoneIn(circle, root.author);
      at = new Date(at.getTime() + random.exponential(3 * HOUR) + MINUTE);
      if (!replier || at.getTime() >= t0) continue;
      const text = fill(
        random.pick(
          tone === "praise" || tone === "idea" ? templates.replyAgree : templates.replyAsk,
        ),
        { handle: root.author.handle! },
      );
      post(replier, text, at, {
        conversationId: root.conversationId,
        replyTo: root.id,
        likes: random.int(0, 6),
      });
      root.replies++;
    }
    const shares = root.author.hub ? random.int(1, 5) : random.chance(0.1) ? 1 : 0;
    for (let s = 0; s < shares; s++) {
      const sharer = someoneIn(circle, root.author);
      const sharedAt = new Date(root.at.getTime() + random.exponential(6 * HOUR) + MINUTE);
      if (!sharer || sharedAt.getTime() >= t0) continue;
      post(sharer, `RT @${root.author.handle}: ${root.text}`, sharedAt, { shareOf: root.id });
      root.shares++;
    }
  }
  // The bursts: many people, across circles, within a few days.
  const burst = (
    lines: readonly string[],
    fromDays: number,
    toDays: number,
    count: number,
    circles: SocialCircle[],
  ) => {
    const pool = onTwitter.filter((p) => p !== blogger && circles.includes(p.circle!));
    for (let i = 0; i < count && pool.length > 0; i++) {
      const root = post(
        random.pick(pool),
        random.pick(lines),
        new Date(t0 - random.between(toDays, fromDays) * DAY),
        { likes: random.int(2, 60) },
      );
      replyAndShare(root, "problem", root.author.circle!);
    }
  };
  burst(templates.sudsyRecall, 70, 66, Math.max(8, Math.round(onTwitter.length / 14)), [
    "home",
    "laundromat",
    "green",
  ]);
  burst(templates.lumenFirmware, 38, 35, Math.max(6, Math.round(onTwitter.length / 18)), [
    "home",
    "green",
  ]);

  // The blogger: a few posts a month about laundry, most of them about Lumen, well received.
  for (let days = WORLD_DAYS - 3; days > 3; days -= random.between(6, 14)) {
    const tone: Tone =
      days > 30
        ? random.weighted(
            toneNames,
            (name) => ({ praise: 6, problem: 1, question: 2, idea: 1 })[name],
          )
        : "question";
    const brand = random.weighted(
      demoBrands.map((b) => b.name),
      (name) => ({ "Lumen Home": 5, Brightwash: 2, Sudsy: 1 })[name] ?? 0,
    );
    const root = post(
      blogger,
      fill(random.pick(templates.social[tone]), { brand: random.pick(brandSpellings[brand]) }),
      new Date(t0 - days * DAY),
      { likes: random.int(600, 4000), views: random.int(80_000, 400_000) },
    );
    replyAndShare(root, tone, "home");
  }
  // The complaint, minutes before now: replies from her followers in every circle, and shares.
  const complaintAt = new Date(t0 - bloggerStory.minutesAgo * MINUTE);
  const complaint = post(blogger, bloggerStory.complaint, complaintAt, {
    likes: 4200,
    views: 2_400_000,
  });
  const crowd = onTwitter.filter((p) => p !== blogger);
  const span = bloggerStory.minutesAgo * MINUTE - 20_000;
  for (let r = 0; r < bloggerStory.replyCount; r++) {
    const at = new Date(
      complaintAt.getTime() +
        15_000 +
        Math.round((span * (r + random.next())) / bloggerStory.replyCount),
    );
    post(random.pick(crowd), random.pick(bloggerStory.replies), at, {
      conversationId: complaint.id,
      replyTo: complaint.id,
      likes: random.int(0, 40),
    });
  }
  for (let s = 0; s < bloggerStory.shareCount; s++) {
    const at = new Date(
      complaintAt.getTime() +
        10_000 +
        Math.round((span * (s + random.next())) / bloggerStory.shareCount),
    );
    post(random.pick(crowd), `RT @${blogger.handle}: ${bloggerStory.complaint}`, at, {
      shareOf: complaint.id,
    });
  }
  // What the API reported for it when exported: more replies and shares than are in this export.
  complaint.replies = 380;
  complaint.shares = 1030;
  return tweets.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
}
