// Records the identity tests share.

/** The same person as a CRM contact and a Twitter profile: nothing links them, so they are a suggestion. */
export const taraTwice = [
  {
    type: "person",
    source: "crm",
    id: "1",
    name: "Tara Novak",
    organization: { name: "Northwind Laundry", domain: "northwind-laundry.com" },
    emails: ["tara@northwind-laundry.com"],
  },
  {
    type: "person",
    source: "twitter",
    id: "7",
    name: "Tara Novak",
    organization: { name: "Northwind Laundry" },
    handles: [{ platform: "twitter", handle: "taranovak" }],
  },
];
