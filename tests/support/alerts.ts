// The alert tests' people and messages: Maya Okafor, a blogger with 1.2M followers, reachable on
// Twitter, by email and by phone, and the complaint she sends on every channel.
import { graphql } from "./graphql/index.ts";

export const COMPLAINT =
  "My Lumen washer broke again and flooded the kitchen. Terrible service, I want a refund!";

export const maya = {
  type: "person",
  source: "crm",
  id: "maya",
  name: "Maya Okafor",
  emails: ["maya@blog.example"],
  phones: ["+44 20 7946 0958"],
  handles: [{ platform: "twitter", handle: "mayaokafor" }],
  followers: { twitter: 1_200_000 },
};

export const brands = [
  { type: "brand", source: "crm", id: "lumen", name: "Lumen", kind: "own", terms: ["lumen"] },
  {
    type: "brand",
    source: "crm",
    id: "rival",
    name: "Rival",
    kind: "competitor",
    terms: ["rival"],
  },
];

/** Maya's tweet, posted now unless `extra.at` says otherwise. */
export const tweet = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  source: "twitter",
  id,
  channel: "twitter",
  author: { platform: "twitter", handle: "mayaokafor" },
  text,
  at: new Date().toISOString(),
  ...extra,
});

// The fields of an Alert the tests and the dashboard read: documents spread `...AlertFields`.
graphql(`
  fragment AlertFields on Alert {
    id severity reason messageCount raisedAt updatedAt acknowledgedAt
    rule { id name kind }
    person { id displayName }
    message { id channel priority text }
    conversation { id }
  }
`);
