import type { CsvPreset } from "./types.ts";
import { Cells, compact, headersMissing, parseAmount, toIsoDate } from "./values.ts";

function statusOfStage(stage: string | undefined): "open" | "won" | "lost" {
  if (stage === undefined) return "open";
  if (/closed\s*won|^won$/i.test(stage)) return "won";
  if (/closed\s*lost|^lost$/i.test(stage)) return "lost";
  return "open";
}

export const salesforceOpportunities: CsvPreset = {
  name: "salesforce-opportunities",
  description: "Salesforce report export (CSV) of Opportunities",
  input: "csv-row",
  formats: ["csv"],
  defaultSource: "salesforce",
  checkHeaders: (headers) =>
    headersMissing(headers, "Opportunity ID", ["Opportunity Name", "Name"], "Stage"),
  toRecords(row, ctx) {
    const cells = new Cells(row);
    const stage = cells.get("Stage");
    const status = statusOfStage(stage);
    const { amount, currency } = parseAmount(cells.get("Amount"));
    const contactId = cells.get("Contact ID");
    const contactEmail = cells.get("Contact Email", "Email");
    const contactName = cells.get("Contact Name", "Contact", "Primary Contact");
    return [
      compact({
        type: "deal",
        source: ctx.source,
        id: cells.get("Opportunity ID"),
        name: cells.get("Opportunity Name", "Name"),
        organization: { name: cells.get("Account Name"), domain: cells.get("Website") },
        // The contact shares the source of salesforce-contacts imports, so its Contact ID resolves to that person.
        contact:
          contactId || contactEmail
            ? { id: contactId, email: contactEmail, name: contactName }
            : undefined,
        stage,
        amount,
        currency: cells.get("Opportunity Currency", "Currency") ?? currency,
        status,
        at: toIsoDate(cells.get("Created Date")),
        // For open deals "Close Date" is only the expected date, not a close.
        closedAt: status === "open" ? undefined : toIsoDate(cells.get("Close Date")),
        stageChangedAt: toIsoDate(cells.get("Last Stage Change Date")),
        owner: cells.get("Opportunity Owner", "Owner", "Owner Name"),
      }),
    ];
  },
};
