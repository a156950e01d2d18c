import { feed } from "./feed.js";
import { genericCsv } from "./generic-csv.js";
import { hubspotContacts } from "./hubspot-contacts.js";
import { mailchimpActivity } from "./mailchimp-activity.js";
import { salesforceContacts } from "./salesforce-contacts.js";
import { salesforceOpportunities } from "./salesforce-opportunities.js";
import type { Preset } from "./types.js";
import { twitterV2 } from "./twitter-v2.js";
import { zendeskTickets } from "./zendesk-tickets.js";

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

export type { CsvPreset, DocumentPreset, Preset, PresetContext, RawRecord, XmlPreset } from "./types.js";
