import type { TouchpointKind } from "../records/types.ts";
import type { CsvPreset } from "./types.ts";
import { Cells, compact, headersMissing, joinText, stableId, toIsoDate } from "./values.ts";

const KINDS: Record<string, TouchpointKind> = {
  sent: "email_sent",
  open: "email_open",
  opened: "email_open",
  click: "email_click",
  clicked: "email_click",
};

export const mailchimpActivity: CsvPreset = {
  name: "mailchimp-activity",
  description: "Mailchimp campaign email activity export (CSV): one row per sent, open or click",
  input: "csv-row",
  formats: ["csv"],
  defaultSource: "mailchimp",
  checkHeaders: (headers) =>
    headersMissing(
      headers,
      ["Email Address", "Email"],
      ["Campaign Title", "Campaign ID"],
      "Action",
      "Timestamp",
    ),
  toRecords(row, ctx) {
    const cells = new Cells(row);
    const action = cells.get("Action")?.toLowerCase();
    const kind = action === undefined ? undefined : KINDS[action];
    // Bounces and unsubscribes are list hygiene, not touchpoints in the funnel.
    if (kind === undefined) return [];
    const email = cells.get("Email Address", "Email");
    const campaignTitle = cells.get("Campaign Title");
    const campaignId = cells.get("Campaign ID") ?? campaignTitle;
    const timestamp = cells.get("Timestamp");
    const url = cells.get("URL");
    return [
      compact({
        type: "touchpoint",
        source: ctx.source,
        // The export has no activity ids; these fields identify one event, so re-imports change nothing.
        id: stableId(campaignId, email, kind, timestamp, url),
        person: { email, name: joinText(cells.get("First Name"), cells.get("Last Name")) },
        campaign: { id: campaignId, name: campaignTitle, channel: "email" },
        kind,
        at: toIsoDate(timestamp),
        properties: { url },
      }),
    ];
  },
};
