import { describe, expect, it } from "vitest";
import { importSample } from "./testing.ts";

describe("salesforce-contacts preset", () => {
  it("maps the contacts report, skipping its footer", async () => {
    const { records, problems, preset } = await importSample("salesforce-contacts.csv");
    expect(preset).toBe("salesforce-contacts");
    expect(problems).toEqual([]);
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      type: "person",
      source: "salesforce",
      id: "0035g00000AbCdE1",
      name: "Ana Souza",
      emails: ["ana.souza@brightwave.io"],
      phones: ["+351211234567"],
      title: "VP Marketing",
      organization: { name: "Brightwave" },
      location: "Lisbon, Portugal",
      address: { city: "Lisbon", country: "PT" },
      at: new Date("2024-01-12T00:00:00Z"),
    });
    expect(records[1]).toMatchObject({ name: "Jonas Müller", location: "München, Germany" });
  });

  it("maps a leads report, with the lead status as funnel stage", async () => {
    const { records, problems } = await importSample("salesforce-leads.csv");
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, "stage" in r && r.stage])).toEqual([
      ["00Q5g00000XyZ001", "lead"],
      ["00Q5g00000XyZ002", "lead"],
      ["00Q5g00000XyZ003", "other"],
    ]);
    expect(records[0]).toMatchObject({
      organization: { name: "Northpeak Analytics" },
      location: "Denver, CO, United States",
    });
  });

  it("maps the mailing address columns to a normalized address", async () => {
    const { records, problems } = await importSample("salesforce-contacts-address.csv");
    expect(problems).toEqual([]);
    expect(records.map((r) => "address" in r && r.address)).toEqual([
      {
        street: "12 Smith Street",
        city: "Richmond",
        postcode: "3121",
        region: "VIC",
        country: "AU",
      },
      {
        street: "1600 Pennsylvania Avenue NW",
        city: "Washington",
        postcode: "20500",
        region: "DC",
        country: "US",
      },
    ]);
  });

  it("uses the source given on the command line", async () => {
    const { records } = await importSample("salesforce-contacts.csv", { source: "salesforce-eu" });
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(["salesforce-eu"]));
  });
});
