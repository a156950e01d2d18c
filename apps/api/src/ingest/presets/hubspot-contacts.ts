import type { PersonStage } from "../records/types.ts";
import type { CsvPreset } from "./types.ts";
import {
  Cells,
  columnKey,
  compact,
  headersMissing,
  joinPlace,
  joinText,
  toIsoDate,
} from "./values.ts";

/** HubSpot prints lifecycle stages by label ("Marketing Qualified Lead") or internal name ("marketingqualifiedlead"). */
const LIFECYCLE_STAGES: Record<string, PersonStage> = {
  subscriber: "subscriber",
  lead: "lead",
  marketingqualifiedlead: "mql",
  salesqualifiedlead: "sql",
  opportunity: "opportunity",
  customer: "customer",
  evangelist: "evangelist",
  other: "other",
};

// Portals can add custom stages; those still describe a person in the funnel, so they read as "other"
// rather than get the contact rejected.
const stageOfLifecycle = (label: string | undefined) =>
  label === undefined ? undefined : (LIFECYCLE_STAGES[columnKey(label)] ?? "other");

export const hubspotContacts: CsvPreset = {
  name: "hubspot-contacts",
  description: "HubSpot contacts export (CSV)",
  input: "csv-row",
  formats: ["csv"],
  defaultSource: "hubspot",
  checkHeaders: (headers) =>
    headersMissing(headers, "Record ID", ["Email", "First Name", "Last Name"]),
  toRecords(row, ctx) {
    const cells = new Cells(row);
    const twitter = cells.get("Twitter Username");
    const additionalEmails = cells.get("Additional Email Addresses")?.split(/[;,]/) ?? [];
    return [
      compact({
        type: "person",
        source: ctx.source,
        id: cells.get("Record ID"),
        name: joinText(cells.get("First Name"), cells.get("Last Name")),
        emails: [
          ...cells.all("Email"),
          ...additionalEmails.map((email) => email.trim()).filter(Boolean),
        ],
        phones: cells.all("Phone Number", "Mobile Phone Number"),
        handles: twitter ? [{ platform: "twitter", handle: twitter }] : undefined,
        organization: {
          name: cells.get("Company Name"),
          domain: cells.get("Company Domain Name", "Website URL"),
        },
        title: cells.get("Job Title"),
        location: joinPlace(
          cells.get("City"),
          cells.get("State/Region"),
          cells.get("Country/Region"),
        ),
        address: {
          street: joinText(cells.get("Street Address"), cells.get("Street Address 2")),
          city: cells.get("City"),
          postcode: cells.get("Postal Code", "Zip"),
          region: cells.get("State/Region"),
          country: cells.get("Country/Region"),
        },
        stage: stageOfLifecycle(cells.get("Lifecycle Stage")),
        at: toIsoDate(cells.get("Create Date")),
      }),
    ];
  },
};
