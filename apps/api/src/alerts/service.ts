// Alerts and their rules as the API, the CLI and tests use them: save, delete, list, acknowledge.

import { NotFoundError, ValidationError } from "../errors.ts";
import type { Live, SubscribeOptions } from "../events/live.ts";
import type { LoggedEvent } from "../events/log.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { AlertRuleKind } from "../generated/prisma/enums.ts";
import type { Priority } from "../influence/priority.ts";
import { priorities, severityRank } from "./evaluate.ts";
import { overridesOf } from "./rules.ts";

export const MAX_RULE_NAME_LENGTH = 200;

export interface AlertRuleChange {
  id?: number;
  name: string;
  enabled: boolean;
  /** The kind and its given parameters; absent on an update that keeps them. */
  kind?: { kind: AlertRuleKind; params: Record<string, unknown>; field: string };
}

export async function saveAlertRule(prisma: PrismaClient, change: AlertRuleChange) {
  const name = change.name.trim();
  if (name.length === 0 || name.length > MAX_RULE_NAME_LENGTH) {
    throw new ValidationError(
      "input.name",
      `must be 1 to ${MAX_RULE_NAME_LENGTH} characters, got ${name.length}`,
      "AlertRuleInput",
    );
  }
  const taken = await prisma.alertRule.findUnique({ where: { name }, select: { id: true } });
  if (taken && taken.id !== change.id)
    throw new ValidationError(
      "input.name",
      `is already the name of another rule: ${JSON.stringify(name)}`,
      "AlertRuleInput",
    );
  const kind = change.kind && {
    kind: change.kind.kind,
    params: overridesOf(
      change.kind.kind,
      change.kind.params,
      change.kind.field,
    ) as Prisma.InputJsonValue,
  };
  if (change.id === undefined) {
    if (!kind)
      throw new ValidationError(
        "input",
        "must give the rule's kind: one of influentialUnhappy, crisis or competitorUnhappy",
        "AlertRuleInput",
      );
    return prisma.alertRule.create({ data: { name, enabled: change.enabled, ...kind } });
  }
  const existing = await prisma.alertRule.findUnique({
    where: { id: change.id },
    select: { id: true },
  });
  if (!existing) throw new NotFoundError("AlertRule", String(change.id));
  return prisma.alertRule.update({
    where: { id: change.id },
    data: { name, enabled: change.enabled, ...kind },
  });
}

/** Deletes a rule and its alerts. */
export async function deleteAlertRule(prisma: PrismaClient, id: number): Promise<void> {
  const { count } = await prisma.alertRule.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("AlertRule", String(id));
}

export async function acknowledgeAlert(
  prisma: PrismaClient,
  id: number,
  by: string,
): Promise<void> {
  const alert = await prisma.alert.findUnique({ where: { id }, select: { id: true } });
  if (!alert) throw new NotFoundError("Alert", String(id));
  // The first acknowledgement stands: a second click does not move its time.
  await prisma.alert.updateMany({
    where: { id, acknowledgedAt: null },
    data: { acknowledgedAt: new Date(), acknowledgedBy: by },
  });
}

export interface AlertFilter {
  minSeverity?: Priority | null;
  acknowledged?: boolean | null;
  ruleId?: number | null;
  /** Raised or updated at or after. */
  from?: Date | null;
  /** Raised or updated before. */
  to?: Date | null;
}

export function alertWhere(filter: AlertFilter): Prisma.AlertWhereInput {
  return {
    ...(filter.minSeverity
      ? {
          severity: {
            in: priorities.filter((p) => severityRank(p) >= severityRank(filter.minSeverity!)),
          },
        }
      : {}),
    ...(filter.acknowledged != null
      ? { acknowledgedAt: filter.acknowledged ? { not: null } : null }
      : {}),
    ...(filter.ruleId != null ? { ruleId: filter.ruleId } : {}),
    ...(filter.from || filter.to
      ? {
          updatedAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
}

/** Most severe first, then the most recently raised or updated. */
export const alertOrder: Prisma.AlertOrderByWithRelationInput[] = [
  { severity: "desc" },
  { updatedAt: "desc" },
  { id: "desc" },
];

/** `alert_raised` events at or above a severity, live, from the instance's tail. */
export async function* alertsRaised(
  live: Live,
  minSeverity: Priority | null,
  options: Pick<SubscribeOptions, "onOverflow"> = {},
): AsyncGenerator<LoggedEvent> {
  const floor = minSeverity ? severityRank(minSeverity) : 0;
  for await (const event of live.subscribe({
    types: ["alert_raised"],
    onOverflow: options.onOverflow,
  })) {
    if (severityRank(event.payload.severity as Priority) >= floor) yield event;
  }
}
