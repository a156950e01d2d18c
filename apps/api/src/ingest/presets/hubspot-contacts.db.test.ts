import { describe, expect, it } from "vitest";
import { importSample, ofType } from "./testing.ts";

describe("hubspot-contacts preset", () => {
  it("maps contacts with lifecycle stage and Twitter handle", async () => {
    const { records, problems, preset } = await importSample("hubspot-contacts.csv");
    expect(preset).toBe("hubspot-contacts");
    expect(problems).toEqual([]);
    const people = ofType(records, "person");
    expect(people.map((p) => [p.id, p.stage])).toEqual([
      ["51", "mql"],
      ["52", "customer"],
      ["53", "subscriber"],
      ["54", "sql"],
    ]);
    expect(people[1]).toMatchObject({
      source: "hubspot",
      name: "Ana Souza",
      // The export spells it Ana.Souza@Brightwave.io and @AnaSouza; both must match other sources.
      emails: ["ana.souza@brightwave.io"],
      handles: [{ platform: "twitter", handle: "anasouza" }],
      organization: { name: "Brightwave" },
      at: new Date("2024-01-08T16:40:00Z"),
    });
  });

  it("maps the address columns to a normalized address", async () => {
    const { records, problems } = await importSample("hubspot-contacts-address.csv");
    expect(problems).toEqual([]);
    expect(ofType(records, "person")[0]!.address).toEqual({
      street: "4/12 Smith Street",
      city: "Richmond",
      postcode: "3121",
      region: "VIC",
      country: "AU",
    });
  });
});
