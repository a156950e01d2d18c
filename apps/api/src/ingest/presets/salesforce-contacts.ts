import type { CsvPreset } from "./types.ts";
import { Cells, compact, headersMissing, joinPlace, joinText, toIsoDate } from "./values.ts";

/** Salesforce's default Lead Status picklist, plus common custom values, on the Parley funnel. */
function stageOfLeadStatus(status: string | undefined) {
  if (status === undefined) return undefined;
  const text = status.toLowerCase();
  if (/not converted|unqualified|disqualified|junk/.test(text)) return "other";
  if (/converted|qualified/.test(text)) return "sql";
  if (/nurtur|marketing/.test(text)) return "mql";
  return "lead";
}

export const salesforceContacts: CsvPreset = {
  name: "salesforce-contacts",
  description: "Salesforce report export (CSV) of Contacts or Leads",
  input: "csv-row",
  formats: ["csv"],
  defaultSource: "salesforce",
  checkHeaders: (headers) =>
    headersMissing(headers, ["Contact ID", "Lead ID"], ["Email", "First Name", "Last Name"]),
  toRecords(row, ctx) {
    const cells = new Cells(row);
    const leadId = cells.get("Lead ID");
    return [
      compact({
        type: "person",
        source: ctx.source,
        id: cells.get("Contact ID") ?? leadId,
        name:
          joinText(cells.get("First Name"), cells.get("Last Name")) ??
          cells.get("Full Name", "Name"),
        emails: cells.all("Email"),
        phones: cells.all("Phone", "Mobile", "Mobile Phone"),
        title: cells.get("Title"),
        organization: {
          name: cells.get("Account Name", "Company / Account", "Company"),
          domain: cells.get("Website"),
        },
        location: joinPlace(
          cells.get("Mailing City", "City"),
          cells.get("Mailing State/Province", "State/Province"),
          cells.get("Mailing Country", "Country"),
        ),
        address: {
          street: cells.get("Mailing Street", "Street"),
          city: cells.get("Mailing City", "City"),
          postcode: cells.get(
            "Mailing Zip/Postal Code",
            "Zip/Postal Code",
            "Mailing Postal Code",
            "Postal Code",
          ),
          region: cells.get("Mailing State/Province", "State/Province"),
          country: cells.get("Mailing Country", "Country"),
        },
        // Contacts carry no funnel stage in Salesforce; leads do, through their status.
        stage: leadId === undefined ? undefined : stageOfLeadStatus(cells.get("Lead Status")),
        at: toIsoDate(cells.get("Created Date")),
      }),
    ];
  },
};
