/** Records the funnel tests build their journeys from: an email click and a forum question in October 2026. */

/** `name` clicks the invite email on `day` (of October 2026). */
export const click = (name: string, day: number) => ({
  type: "touchpoint",
  source: "mailchimp",
  id: `click-${name}-${day}`,
  person: { email: `${name}@x.example` },
  kind: "email_click",
  campaign: { id: "c1", name: "Invite" },
  at: new Date(Date.UTC(2026, 9, day)).toISOString(),
});

/** `name` asks in the forum at noon on `day` (of October 2026). */
export const post = (name: string, day: number) => ({
  type: "message",
  source: "forum",
  id: `post-${name}-${day}`,
  channel: "forum",
  author: { email: `${name}@x.example` },
  text: "How do I descale it?",
  at: new Date(Date.UTC(2026, 9, day, 12)).toISOString(),
});
