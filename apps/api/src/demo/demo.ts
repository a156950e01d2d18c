// The demo goes through the real import path: it writes the exports a Lumen team would have (CRM,
// marketing tools, Twitter, Zendesk, a forum, reviews) and imports them exactly as `parley import`
// does, so what the dashboard shows is what identity resolution, enrichment, the interaction graph
// and the event log make of them.
import os from "node:os";
import nodePath from "node:path";
import type { AppServices } from "../context.ts";
import { type ImportReport, importFile } from "../ingest/import-file.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { logger } from "../log.ts";
import { seededRandom } from "../random.ts";
import { bloggerStory, demoLines, publicChannels, supportChannels } from "./catalog.ts";
import { writeDemoFiles } from "./files.ts";

const log = logger("demo");

/** The size `pnpm start` loads: a few thousand people, tens of thousands of activities. */
export const DEFAULT_DEMO_PEOPLE = 3000;

/** `<PARLEY_DATA_DIR>/demo`, or a directory under the system's temp dir. */
export function demoDirectory(): string {
  const dataDir = process.env.PARLEY_DATA_DIR?.trim();
  return dataDir && !dataDir.startsWith("memory://")
    ? nodePath.join(dataDir, "demo")
    : nodePath.join(os.tmpdir(), "parley-demo");
}

export interface DemoOptions {
  people?: number;
  seed?: number;
  /** The world ends here: the blogger's complaint is minutes before it. Default: the time of the load. */
  now?: Date;
  directory?: string;
}

export interface LoadedDemo {
  directory: string;
  summary: string;
  reports: ImportReport[];
  seconds: number;
}

/** Writes the demo's source files and imports them; returns where they are and what was loaded. */
export async function loadDemo(
  services: AppServices,
  options: DemoOptions = {},
): Promise<LoadedDemo> {
  const started = performance.now();
  const { directory, files } = writeDemoFiles(options.directory ?? demoDirectory(), {
    people: options.people ?? DEFAULT_DEMO_PEOPLE,
    now: options.now ?? new Date(),
    seed: options.seed,
  });
  const reports: ImportReport[] = [];
  for (const file of files) reports.push(await importFile(services, file, { actor: "demo" }));
  const rejected = reports.reduce((sum, report) => sum + report.rejected + report.unreadable, 0);
  if (rejected > 0)
    log.warn(
      {
        rejected,
        files: reports.filter((r) => r.rejected + r.unreadable > 0).map((r) => r.rejectsFile),
      },
      "demo records were rejected",
    );
  const { rows } = await services.db.pool.query(
    `SELECT (SELECT count(*) FROM "Person" WHERE "mergedIntoId" IS NULL)::int AS people,
            (SELECT count(*) FROM "Organization")::int AS organizations,
            (SELECT count(*) FROM "Activity")::int AS activities,
            (SELECT count(*) FROM "Message")::int AS messages,
            (SELECT count(*) FROM "Touchpoint")::int AS touchpoints,
            (SELECT count(*) FROM "Deal")::int AS deals`,
  );
  const c = rows[0];
  const records = reports.reduce((sum, report) => sum + report.read, 0);
  const seconds = (performance.now() - started) / 1000;
  return {
    directory,
    reports,
    seconds,
    summary: `${c.people} people, ${c.organizations} organizations, ${c.activities} activities (${c.messages} messages, ${c.touchpoints} touchpoints, ${c.deals} deals) from ${records} records in ${files.length} files, ${seconds.toFixed(1)} s`,
  };
}

/** Loads the demo world when the database has no people yet; returns what it loaded. */
export async function loadDemoIfEmpty(
  services: AppServices,
  options: DemoOptions = {},
): Promise<LoadedDemo | null> {
  if ((await services.db.prisma.person.count()) > 0) return null;
  return loadDemo(services, options);
}

const nextStage: Record<string, { stage: string; status: "open" | "won" }> = {
  Qualification: { stage: "Discovery", status: "open" },
  Discovery: { stage: "Proposal", status: "open" },
  Proposal: { stage: "Negotiation", status: "open" },
  Negotiation: { stage: "Closed Won", status: "won" },
};

/** Replies the trickle adds to the blogger's complaint while it is fresh: the pile keeps growing. */
const LIVE_COMPLAINT_REPLIES = 30;

/**
 * Keeps the demo alive: a few new messages, touchpoints and deal changes per second, through
 * ingestBatch. For its first minute it also keeps replying to the blogger's complaint, so her
 * conversation's velocity is still rising when the dashboard opens.
 */
export function startDemoTrickle(services: AppServices, intervalMs = 700): () => void {
  const random = seededRandom(Date.now() & 0xffff);
  const { prisma } = services.db;
  let counter = 0;
  let complaintReplies = 0;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const now = new Date();
      const id = `live-${now.getTime()}-${++counter}`;
      const roll = random.next();
      let record: Record<string, unknown> | null = null;
      if (complaintReplies < LIVE_COMPLAINT_REPLIES && counter % 2 === 1) {
        complaintReplies++;
        record = await complaintReply(services, id, now, random);
      } else if (roll < 0.6) {
        const handles = await prisma.identity.findMany({
          where: { kind: "handle", platform: "twitter" },
          select: { value: true },
          take: 200,
        });
        if (handles.length > 0) {
          const kind = random.pick(["public", "support", "forum"] as const);
          const line = random.pick(demoLines[kind]);
          const channel =
            kind === "support"
              ? random.pick(supportChannels)
              : kind === "forum"
                ? "forum"
                : random.pick(publicChannels);
          record = {
            type: "message",
            source: "demo-live",
            id,
            channel,
            text: line.text,
            at: now.toISOString(),
            author: { platform: "twitter", handle: random.pick(handles).value },
            community:
              kind === "forum"
                ? { platform: "forum", id: random.pick(["lumen-owners", "pro-laundry"]) }
                : undefined,
          };
        }
      } else if (roll < 0.9) {
        const emails = await prisma.identity.findMany({
          where: { kind: "email" },
          select: { value: true },
          take: 200,
        });
        if (emails.length > 0) {
          record = {
            type: "touchpoint",
            source: "mailchimp",
            id,
            kind: random.pick(["email_open", "email_click"]),
            person: { email: random.pick(emails).value },
            campaign: { id: "cmp-newsletter" },
            at: now.toISOString(),
          };
        }
      } else {
        const deals = await prisma.deal.findMany({ where: { status: "open" }, take: 4 });
        const deal = deals.length > 0 ? random.pick(deals) : undefined;
        const next =
          deal && (nextStage[deal.stage] ?? { stage: "Closed Won", status: "won" as const });
        if (deal && next) {
          record = {
            type: "deal",
            source: deal.source,
            id: deal.sourceId,
            name: deal.name,
            currency: deal.currency,
            stage: next.stage,
            status: next.status,
            closedAt: next.status === "won" ? now.toISOString() : undefined,
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

/** A reply to the blogger's complaint (the newest message of hers that is one) by one of the people on Twitter. */
async function complaintReply(
  services: AppServices,
  id: string,
  now: Date,
  random: ReturnType<typeof seededRandom>,
) {
  const { rows } = await services.db.pool.query<{ sourceId: string; handle: string }>(
    `SELECT m."sourceId",
            (SELECT i.value FROM "Identity" i WHERE i.kind = 'handle' AND i.platform = 'twitter' AND i."personId" <> m."authorId"
              ORDER BY i.id OFFSET $2 LIMIT 1) AS handle
       FROM "Message" m WHERE m.source = 'twitter' AND m.text = $1 ORDER BY m."postedAt" DESC LIMIT 1`,
    [bloggerStory.complaint, random.int(0, 150)],
  );
  const found = rows[0];
  if (!found?.handle) return null;
  return {
    type: "message",
    source: "twitter",
    id,
    channel: "twitter",
    conversation: found.sourceId,
    inReplyTo: found.sourceId,
    text: random.pick(bloggerStory.replies),
    at: now.toISOString(),
    author: { platform: "twitter", handle: found.handle },
  };
}
