// The demo goes through the real import path: it writes the exports a Lumen Home team would have
// (CRM, Mailchimp, Twitter, Zendesk, a forum) and imports them exactly as `parley import` does, so
// what the dashboard shows is what identity resolution, enrichment and the event log make of them.
import os from "node:os";
import nodePath from "node:path";
import type { AppServices } from "../context.ts";
import { importFile } from "../ingest/import-file.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { demoLines, publicChannels, supportChannels } from "./catalog.ts";
import { writeDemoFiles } from "./files.ts";
import { seededRandom } from "./random.ts";
import { logger } from "../log.ts";

const log = logger("demo");

const defaultPeople = 60;

/** `<PARLEY_DATA_DIR>/demo`, or a directory under the system's temp dir. */
export function demoDirectory(): string {
  const dataDir = process.env.PARLEY_DATA_DIR?.trim();
  return dataDir ? nodePath.join(dataDir, "demo") : nodePath.join(os.tmpdir(), "parley-demo");
}

/** Writes the demo's source files and imports them; returns where they are and what was loaded. */
export async function loadDemo(
  services: AppServices,
  options: { people?: number; now?: Date; directory?: string } = {},
): Promise<{ directory: string; summary: string }> {
  const { directory, files } = writeDemoFiles(options.directory ?? demoDirectory(), {
    people: options.people ?? defaultPeople,
    now: options.now ?? new Date(),
  });
  for (const file of files) await importFile(services, file, { actor: "demo" });
  const { rows } = await services.db.pool.query(
    `SELECT (SELECT count(*) FROM "Person" WHERE "mergedIntoId" IS NULL)::int AS people,
            (SELECT count(*) FROM "Organization")::int AS organizations,
            (SELECT count(*) FROM "Message")::int AS messages,
            (SELECT count(*) FROM "Touchpoint")::int AS touchpoints,
            (SELECT count(*) FROM "Deal")::int AS deals`,
  );
  const c = rows[0];
  return {
    directory,
    summary: `${c.people} people, ${c.organizations} organizations, ${c.messages} messages, ${c.touchpoints} touchpoints, ${c.deals} deals (from ${files.length} files)`,
  };
}

/** Loads the demo world when the database has no people yet; returns what it loaded. */
export async function loadDemoIfEmpty(services: AppServices, now = new Date()): Promise<{ summary: string } | null> {
  if ((await services.db.prisma.person.count()) > 0) return null;
  const { summary } = await loadDemo(services, { now });
  return { summary };
}

const nextStage: Record<string, { stage: string; status: "open" | "won" }> = {
  Qualification: { stage: "Discovery", status: "open" },
  Discovery: { stage: "Proposal", status: "open" },
  Proposal: { stage: "Negotiation", status: "open" },
  Negotiation: { stage: "Closed Won", status: "won" },
};

/** Keeps the demo alive: a few new messages, touchpoints and deal changes per second, through ingestBatch. */
export function startDemoTrickle(services: AppServices, intervalMs = 700): () => void {
  const random = seededRandom(Date.now() & 0xffff);
  const { prisma } = services.db;
  let counter = 0;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const now = new Date();
      const id = `live-${now.getTime()}-${++counter}`;
      const roll = random.next();
      let record: Record<string, unknown> | null = null;
      if (roll < 0.6) {
        const handles = await prisma.identity.findMany({ where: { kind: "handle", platform: "twitter" }, select: { value: true }, take: 200 });
        if (handles.length > 0) {
          const kind = random.pick(["public", "support", "forum"] as const);
          const line = random.pick(demoLines[kind]);
          const channel = kind === "support" ? random.pick(supportChannels) : kind === "forum" ? "forum" : random.pick(publicChannels);
          record = {
            type: "message", source: "demo-live", id, channel, text: line.text, at: now.toISOString(),
            author: { platform: "twitter", handle: random.pick(handles).value },
            community: kind === "forum" ? { platform: "forum", id: random.pick(["lumen-owners", "pro-laundry"]) } : undefined,
          };
        }
      } else if (roll < 0.9) {
        const emails = await prisma.identity.findMany({ where: { kind: "email" }, select: { value: true }, take: 200 });
        if (emails.length > 0) {
          const campaign = random.int(1, 3);
          record = {
            type: "touchpoint", source: "mailchimp", id, kind: random.pick(["email_open", "email_click", "page_visit", "ad_click"]),
            person: { email: random.pick(emails).value }, campaign: { id: `cmp-${campaign}` }, at: now.toISOString(),
          };
        }
      } else {
        const deals = await prisma.deal.findMany({ where: { status: "open" }, take: 4 });
        const deal = deals.length > 0 ? random.pick(deals) : undefined;
        const next = deal && (nextStage[deal.stage] ?? { stage: "Closed Won", status: "won" as const });
        if (deal && next) {
          record = {
            type: "deal", source: deal.source, id: deal.sourceId, name: deal.name, currency: deal.currency, stage: next.stage,
            status: next.status, closedAt: next.status === "won" ? now.toISOString() : undefined,
          };
        }
      }
      if (record) await ingestBatch(services, [record], { actor: "demo" });
    } catch (error) {
      log.warn({ err: (error as Error).message }, "demo trickle failed");
    } finally {
      busy = false;
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
