import type pg from "pg";
import { NotFoundError, ValidationError } from "../errors.ts";
import { compareCursors, type EventCursor } from "../events/cursor.ts";
import { headCursor } from "../events/log.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { EventType } from "../generated/prisma/enums.ts";
import { assertPublicTarget, parseWebhookUrl } from "./addresses.ts";
import { generateSecret, secretKey } from "./signing.ts";

/** Endpoints one installation may have: each is polled and holds a delivery worker's attention. */
const maxWebhooks = 100;
/** How long the secret before a rotation still signs, so receivers can switch without a gap. */
const defaultRotationGraceHours = 24;

export interface NewWebhook {
  url: string;
  events: EventType[];
  secret?: string | null;
}

/**
 * Registers an endpoint that receives events committed from now on. The secret is returned here and
 * never again.
 */
export async function createWebhook(
  prisma: PrismaClient,
  pool: pg.Pool,
  input: NewWebhook,
  allowPrivate: boolean,
) {
  const url = parseWebhookUrl(input.url);
  if (input.events.length === 0)
    throw new ValidationError("events", "must name at least one event type", "Webhook");
  if (input.secret != null && !secretKey(input.secret)) {
    throw new ValidationError(
      "secret",
      "must be whsec_ followed by the base64 of 24 to 64 random bytes",
      "Webhook",
    );
  }
  await assertPublicTarget(url, allowPrivate);
  if ((await prisma.webhook.count()) >= maxWebhooks)
    throw new ValidationError("url", `cannot be added: at most ${maxWebhooks} webhooks`, "Webhook");
  const start = await headCursor(pool);
  const secret = input.secret ?? generateSecret();
  const webhook = await prisma.webhook.create({
    data: {
      url: url.toString(),
      events: [...new Set(input.events)],
      secret,
      cursorTxid: start.txid,
      cursorId: start.id,
    },
  });
  return { webhook, secret };
}

export async function deleteWebhook(prisma: PrismaClient, id: number): Promise<void> {
  const { count } = await prisma.webhook.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Webhook", String(id));
}

/**
 * Delivers again the endpoint's events from `from` to `to` (both inclusive), in order, before it goes
 * on after its own cursor; a disabled endpoint is enabled again.
 */
export async function replayWebhook(
  prisma: PrismaClient,
  id: number,
  from: EventCursor,
  to: EventCursor,
) {
  if (compareCursors(from, to) > 0)
    throw new ValidationError("to", "must not be an earlier cursor than from", "Webhook");
  const found = await prisma.webhook.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new NotFoundError("Webhook", String(id));
  return prisma.webhook.update({
    where: { id },
    data: {
      // Delivery reads after its position: just before `from`, no event can sort between.
      replayTxid: from.txid,
      replayId: from.id - 1n,
      replayEndTxid: to.txid,
      replayEndId: to.id,
      enabled: true,
      disabledReason: null,
      failedAttempts: 0,
      nextAttemptAt: new Date(),
    },
  });
}

/** A new secret, returned once; the old one keeps signing (beside it) for the grace period. */
export async function rotateWebhookSecret(
  prisma: PrismaClient,
  id: number,
  graceHours = defaultRotationGraceHours,
) {
  if (!(graceHours >= 0 && graceHours <= 24 * 7))
    throw new ValidationError("graceHours", "must be from 0 to 168", "Webhook");
  const current = await prisma.webhook.findUnique({ where: { id }, select: { secret: true } });
  if (!current) throw new NotFoundError("Webhook", String(id));
  const secret = generateSecret();
  const webhook = await prisma.webhook.update({
    where: { id },
    data: {
      secret,
      previousSecret: current.secret,
      previousSecretExpiresAt: new Date(Date.now() + graceHours * 3600_000),
    },
  });
  return { webhook, secret };
}
