import { builder, prismaEnum } from "../builder.ts";
import { ActivityKind, Department } from "../generated/prisma/enums.ts";
import { LifecycleStageEnum } from "../people/schema.ts";

export const ActivityKindEnum = prismaEnum("ActivityKind", ActivityKind);
const DepartmentEnum = prismaEnum(
  "Department",
  Department,
  "Which team's data an activity came from",
);

builder.prismaObject("Activity", {
  description: "One entry of a person's unified timeline, pointing at the record behind it",
  fields: (t) => ({
    kind: t.expose("kind", { type: ActivityKindEnum }),
    department: t.expose("department", { type: DepartmentEnum }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
    summary: t.exposeString("summary"),
    stage: t.expose("stage", {
      type: LifecycleStageEnum,
      nullable: true,
      description: "For stage changes: the lifecycle stage reached",
    }),
    person: t.relation("person"),
    touchpoint: t.relation("touchpoint", { nullable: true }),
    message: t.relation("message", { nullable: true }),
    deal: t.relation("deal", { nullable: true }),
    dealStageChange: t.relation("dealStageChange", { nullable: true }),
  }),
});
