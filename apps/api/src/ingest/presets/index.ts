import { feed } from "./feed.ts";
import { genericCsv } from "./generic-csv.ts";
import { hubspotContacts } from "./hubspot-contacts.ts";
import { mailchimpActivity } from "./mailchimp-activity.ts";
import { salesforceContacts } from "./salesforce-contacts.ts";
import { salesforceOpportunities } from "./salesforce-opportunities.ts";
import { twitterV2 } from "./twitter-v2.ts";
import type { Preset } from "./types.ts";
import { zendeskTickets } from "./zendesk-tickets.ts";

/**
 * Every preset by name. Detection tries them in this order, so a more specific preset comes first:
 * an opportunity report can also carry "Contact ID" and "Email" columns.
 */
export const presets: ReadonlyMap<string, Preset> = new Map(
  [
    salesforceOpportunities,
    salesforceContacts,
    hubspotContacts,
    mailchimpActivity,
    twitterV2,
    zendeskTickets,
    feed,
    genericCsv,
  ].map((preset) => [preset.name, preset]),
);

export const presetNames = (): string[] => [...presets.keys()];

export type {
  CsvPreset,
  DocumentPreset,
  Preset,
  PresetContext,
  RawRecord,
  XmlPreset,
} from "./types.ts";
