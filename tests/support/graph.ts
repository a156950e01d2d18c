import type { PrismaClient } from "../../apps/api/src/generated/prisma/client.ts";

/**
 * A small graph built straight through Prisma, so API tests do not depend on the demo or the
 * import pipeline: `conversations` threads of `messagesPer` messages by rotating authors.
 */
export async function buildGraph(
  prisma: PrismaClient,
  options: { conversations: number; messagesPer: number; people?: number },
) {
  const org = await prisma.organization.create({
    data: { name: "Harbor Hotels", domain: "harborhotels.com" },
  });
  const peopleCount = options.people ?? 10;
  const people: Awaited<ReturnType<typeof prisma.person.create>>[] = [];
  for (let i = 0; i < peopleCount; i++) {
    people.push(
      await prisma.person.create({
        data: {
          displayName: `Person ${i}`,
          organizationId: i % 2 === 0 ? org.id : null,
          reach: i * 1000,
          stage: i % 3 === 0 ? "customer" : "lead",
          lastSeenAt: new Date(Date.UTC(2026, 10, 1 + i)),
          identities: { create: [{ kind: "handle", platform: "twitter", value: `person${i}` }] },
        },
      }),
    );
  }
  const base = Date.UTC(2026, 10, 1);
  for (let c = 0; c < options.conversations; c++) {
    const conversation = await prisma.conversation.create({
      data: {
        source: "fixture",
        sourceId: `c${c}`,
        channel: c % 2 ? "twitter" : "forum",
        subject: `Thread ${c}`,
        startedAt: new Date(base + c * 60_000),
        lastMessageAt: new Date(base + c * 60_000 + options.messagesPer * 1000),
        messageCount: options.messagesPer,
      },
    });
    await prisma.message.createMany({
      data: Array.from({ length: options.messagesPer }, (_, m) => ({
        source: "fixture",
        sourceId: `c${c}-m${m}`,
        conversationId: conversation.id,
        authorId: people[(c + m) % people.length].id,
        channel: conversation.channel,
        text: `Message ${m} in thread ${c}`,
        postedAt: new Date(base + c * 60_000 + m * 1000),
        sentiment: m % 2 ? -0.5 : 0.5,
        intent: m % 2 ? ("problem" as const) : ("praise" as const),
      })),
    });
  }
  return { org, people };
}
