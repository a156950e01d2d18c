import type { AppServices } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Channel, TouchpointKind } from "../generated/prisma/enums.ts";
import { recordEvents, type NewEvent } from "../events/log.ts";
import { seededRandom, type Random } from "./random.ts";
import {
  demoBrands, demoCities, demoFirstNames, demoLastNames, demoLines, demoOrganizations, demoStages, demoTitles,
  publicChannels, supportChannels, type DemoLine,
} from "./catalog.ts";

type Tx = Prisma.TransactionClient;
const demoPeople = 60;
const dealStages = ["qualification", "discovery", "proposal", "negotiation"] as const;

/** Loads the demo world when the database has no people yet; returns what it loaded. */
export async function loadDemoIfEmpty(services: AppServices, now = new Date()): Promise<{ summary: string } | null> {
  if ((await services.db.prisma.person.count()) > 0) return null;
  const random = seededRandom(20261129);
  const summary = await services.db.prisma.$transaction(async (tx) => seedDemo(tx, random, now), { timeout: 120_000 });
  services.live.notify();
  return { summary };
}

async function seedDemo(tx: Tx, random: Random, now: Date): Promise<string> {
  const brands = await Promise.all(demoBrands.map((brand) => tx.brand.create({ data: { ...brand, source: "demo", sourceId: brand.name } })));
  const organizations = await Promise.all(demoOrganizations.map((org) => tx.organization.create({ data: org })));
  const communities = await Promise.all([
    tx.community.create({ data: { source: "forum", sourceId: "lumen-owners", platform: "forum", kind: "forum", name: "Lumen Owners Club" } }),
    tx.community.create({ data: { source: "forum", sourceId: "pro-laundry", platform: "forum", kind: "forum", name: "Pro Laundry Operators" } }),
    tx.community.create({ data: { source: "twitter", sourceId: "#laundryhacks", platform: "twitter", kind: "hashtag", name: "#laundryhacks" } }),
  ]);

  const people = [];
  for (let i = 0; i < demoPeople; i++) {
    const first = demoFirstNames[i % demoFirstNames.length];
    const last = demoLastNames[(i * 7) % demoLastNames.length];
    const org = i % 5 === 4 ? null : organizations[i % organizations.length];
    const followers = i === 0 ? 1_200_000 : Math.round(random.next() ** 4 * 40_000);
    const handle = `${first}${last}`.toLowerCase() + (i > 24 ? i : "");
    const email = org ? `${first}.${last}@${org.domain}`.toLowerCase() : `${handle}@mail.example`;
    const firstSeenAt = new Date(now.getTime() - random.int(20, 180) * 86_400_000);
    const person = await tx.person.create({
      data: {
        displayName: i === 0 ? "Maya Okafor" : `${first} ${last}`,
        title: i === 0 ? "Home appliance blogger" : random.pick(demoTitles),
        location: random.pick(demoCities),
        stage: i === 0 ? "customer" : random.pick(demoStages),
        organizationId: org?.id ?? null,
        reach: followers,
        followers: { twitter: followers },
        firstSeenAt,
        lastSeenAt: firstSeenAt,
        identities: {
          create: [
            { kind: "email", value: email, raw: email },
            { kind: "handle", platform: "twitter", value: handle, raw: `@${handle}` },
          ],
        },
        sources: { create: [{ source: "crm", sourceId: `C-${1000 + i}` }, { source: "twitter", sourceId: `tw-${5000 + i}` }] },
      },
    });
    people.push(person);
  }
  for (const person of people.slice(0, 30)) {
    await tx.membership.create({
      data: {
        personId: person.id,
        communityId: communities[person.id % 2].id,
        role: person.id % 9 === 0 ? "moderator" : "member",
        joinedAt: person.firstSeenAt,
        lastActiveAt: now,
        source: "forum",
        sourceId: `m-${person.id}`,
      },
    });
  }

  let messages = 0;
  for (let i = 0; i < 45; i++) {
    const author = i < 3 ? people[0] : random.pick(people);
    const kind = i % 3 === 0 ? "support" : i % 3 === 1 ? "public" : "forum";
    const at = new Date(now.getTime() - random.int(1, 60 * 24 * 6) * 60_000);
    await addDemoMessage(tx, random, { author, kind, at, brands, communities, sourceId: `seed-${i}` });
    messages++;
  }

  const campaigns = await Promise.all(
    ["Spring energy-saving", "Hotel laundry webinar", "Care home case study"].map((name, i) =>
      tx.campaign.create({
        data: { source: "mailchimp", sourceId: `cmp-${i + 1}`, name, channel: i === 1 ? "webinar" : "email", startedAt: new Date(now.getTime() - (40 - i * 10) * 86_400_000) },
      }),
    ),
  );
  let touchpoints = 0;
  for (const person of people) {
    for (const kind of ["email_sent", "email_open", "email_click", "form_fill"] as TouchpointKind[]) {
      if (kind !== "email_sent" && !random.chance(kind === "email_open" ? 0.6 : 0.3)) break;
      await addDemoTouchpoint(tx, { personId: person.id, campaign: random.pick(campaigns), kind, at: new Date(now.getTime() - random.int(1, 30) * 86_400_000), sourceId: `seed-${person.id}-${kind}` });
      touchpoints++;
    }
  }

  let deals = 0;
  for (const org of organizations) {
    const contact = people.find((person) => person.organizationId === org.id)!;
    const openedAt = new Date(now.getTime() - random.int(10, 90) * 86_400_000);
    const deal = await tx.deal.create({
      data: {
        source: "crm", sourceId: `D-${org.id}`, name: `${org.name}: ${random.int(4, 40)} machines`, organizationId: org.id, contactId: contact.id,
        stage: dealStages[0], amount: random.int(8, 120) * 1000, currency: "EUR", owner: random.pick(["Sam Rivera", "Jo Becker"]), openedAt,
      },
    });
    await recordDealChange(tx, deal.id, contact.id, null, dealStages[0], null, "open", openedAt);
    const steps = random.int(0, 4);
    for (let step = 1; step <= steps; step++) {
      const won = step === 4;
      await changeDemoDeal(tx, deal.id, won ? "closed won" : dealStages[step], won ? "won" : "open", new Date(openedAt.getTime() + step * 5 * 86_400_000));
    }
    deals++;
  }
  return `${people.length} people, ${organizations.length} organizations, ${messages} messages, ${touchpoints} touchpoints, ${deals} deals`;
}

interface DemoMessageInput {
  author: { id: number; reach: number };
  kind: keyof typeof demoLines;
  at: Date;
  brands: { id: number; terms: string[] }[];
  communities: { id: number }[];
  sourceId: string;
}

async function addDemoMessage(tx: Tx, random: Random, input: DemoMessageInput): Promise<void> {
  const line: DemoLine = random.pick(demoLines[input.kind]);
  const channel: Channel = input.kind === "support" ? random.pick(supportChannels) : input.kind === "forum" ? "forum" : random.pick(publicChannels);
  const communityId = input.kind === "forum" ? input.communities[random.int(0, 1)].id : null;
  const conversation = await tx.conversation.create({
    data: {
      source: "demo", sourceId: `conv-${input.sourceId}`, channel, subject: line.text.slice(0, 60), communityId, personId: input.author.id,
      priority: line.sentiment < -0.6 && input.author.reach > 100_000 ? "urgent" : line.sentiment < -0.6 ? "high" : "normal",
      status: random.pick(["open", "open", "pending", "resolved"] as const), startedAt: input.at, lastMessageAt: input.at, messageCount: 1,
    },
  });
  const message = await tx.message.create({
    data: {
      source: "demo", sourceId: `msg-${input.sourceId}`, conversationId: conversation.id, authorId: input.author.id, communityId, channel,
      text: line.text, postedAt: input.at, reach: input.author.reach, likes: random.int(0, 40), shares: random.int(0, 8),
      sentiment: line.sentiment, intent: line.intent,
    },
  });
  const mentioned = input.brands.filter((brand) => brand.terms.some((term) => line.text.toLowerCase().includes(term.toLowerCase().split(" ")[0])));
  for (const brand of mentioned) {
    await tx.brandMention.create({ data: { brandId: brand.id, messageId: message.id, term: brand.terms[0], sentiment: line.sentiment, postedAt: input.at } });
  }
  await tx.activity.create({
    data: { personId: input.author.id, kind: "message", department: "communications", occurredAt: input.at, summary: `${channel}: ${line.text.slice(0, 80)}`, messageId: message.id },
  });
  await tx.person.update({
    where: { id: input.author.id },
    data: { messageCount: { increment: 1 }, sentimentSum: { increment: line.sentiment }, sentimentCount: { increment: 1 }, lastSeenAt: input.at },
  });
  const event: NewEvent = {
    type: "message_added", personId: input.author.id, conversationId: conversation.id, messageId: message.id,
    payload: { channel, communityId, brandIds: mentioned.map((brand) => brand.id), sentiment: line.sentiment, reach: input.author.reach },
  };
  await recordEvents(tx, [event]);
}

async function addDemoTouchpoint(tx: Tx, input: { personId: number; campaign: { id: number; name: string }; kind: TouchpointKind; at: Date; sourceId: string }): Promise<void> {
  const touchpoint = await tx.touchpoint.create({
    data: { source: "demo", sourceId: input.sourceId, personId: input.personId, campaignId: input.campaign.id, kind: input.kind, occurredAt: input.at },
  });
  await tx.activity.create({
    data: { personId: input.personId, kind: "touchpoint", department: "marketing", occurredAt: input.at, summary: `${input.kind.replace("_", " ")}: ${input.campaign.name}`, touchpointId: touchpoint.id },
  });
  await recordEvents(tx, [{ type: "touchpoint_recorded", personId: input.personId, payload: { kind: input.kind, campaignId: input.campaign.id } }]);
}

async function changeDemoDeal(tx: Tx, dealId: number, toStage: string, toStatus: "open" | "won" | "lost", at: Date): Promise<void> {
  const deal = await tx.deal.update({ where: { id: dealId }, data: { stage: toStage, status: toStatus, closedAt: toStatus === "open" ? null : at } });
  const previous = await tx.dealStageChange.findFirst({ where: { dealId }, orderBy: { id: "desc" } });
  await recordDealChange(tx, dealId, deal.contactId, previous?.toStage ?? null, toStage, previous?.toStatus ?? null, toStatus, at);
}

async function recordDealChange(
  tx: Tx, dealId: number, contactId: number | null, fromStage: string | null, toStage: string,
  fromStatus: "open" | "won" | "lost" | null, toStatus: "open" | "won" | "lost", at: Date,
): Promise<void> {
  const change = await tx.dealStageChange.create({ data: { dealId, fromStage, toStage, fromStatus, toStatus, changedAt: at } });
  if (contactId) {
    await tx.activity.create({
      data: { personId: contactId, kind: "deal_change", department: "sales", occurredAt: at, summary: `Deal moved to ${toStage}`, dealStageChangeId: change.id, dealId },
    });
  }
  await recordEvents(tx, [{ type: "deal_stage_changed", personId: contactId, dealId, payload: { fromStage, toStage, status: toStatus } }]);
}

/** Keeps the demo alive: a few new messages, touchpoints and deal changes per second. */
export function startDemoTrickle(services: AppServices, intervalMs = 700): () => void {
  const random = seededRandom(Date.now() & 0xffff);
  let counter = 0;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await services.db.prisma.$transaction(async (tx) => {
        const now = new Date();
        const people = await tx.person.findMany({ where: { mergedIntoId: null }, select: { id: true, reach: true }, take: 200 });
        if (people.length === 0) return;
        const roll = random.next();
        counter++;
        if (roll < 0.6) {
          const brands = await tx.brand.findMany({ select: { id: true, terms: true } });
          const communities = await tx.community.findMany({ where: { platform: "forum" }, select: { id: true }, take: 2 });
          if (communities.length < 2) return;
          await addDemoMessage(tx, random, { author: random.pick(people), kind: random.pick(["public", "support", "forum"] as const), at: now, brands, communities, sourceId: `live-${Date.now()}-${counter}` });
        } else if (roll < 0.9) {
          const campaign = await tx.campaign.findFirst({ skip: random.int(0, 2) });
          if (campaign) await addDemoTouchpoint(tx, { personId: random.pick(people).id, campaign, kind: random.pick(["email_open", "email_click", "page_visit", "ad_click"] as const), at: now, sourceId: `live-${Date.now()}-${counter}` });
        } else {
          const deal = await tx.deal.findFirst({ where: { status: "open" }, skip: random.int(0, 3) });
          if (deal) {
            const next = dealStages.indexOf(deal.stage as (typeof dealStages)[number]) + 1;
            const won = next >= dealStages.length;
            await changeDemoDeal(tx, deal.id, won ? "closed won" : dealStages[next], won ? "won" : "open", now);
          }
        }
      });
      services.live.notify();
    } catch (error) {
      console.error(`[demo] trickle failed: ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
