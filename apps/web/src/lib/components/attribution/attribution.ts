import type {
  AttributionGroupBy,
  AttributionModel,
  AttributionViewQuery,
} from "$lib/graphql/graphql.ts";
import { graphql } from "$lib/graphql/index.ts";

export type AttributionView = AttributionViewQuery["attribution"];

// Records, so a model or grouping added to the schema is a type error here until it is named.
const modelLabels: Record<AttributionModel, string> = {
  FIRST_TOUCH: "First touch",
  LAST_TOUCH: "Last touch",
  LINEAR: "Linear",
  TIME_DECAY: "Time decay",
  POSITION_BASED: "Position based",
  DATA_DRIVEN: "Data-driven",
};
export const models = Object.keys(modelLabels) as AttributionModel[];
export const modelLabel = (model: AttributionModel) => modelLabels[model];

const groupLabels: Record<AttributionGroupBy, string> = {
  CAMPAIGN: "Campaign",
  CHANNEL: "Channel",
  SOURCE: "Source",
  DEPARTMENT: "Department",
};
export const groupings = Object.keys(groupLabels) as AttributionGroupBy[];
export const groupLabel = (group: AttributionGroupBy) => groupLabels[group];

export const attributionQuery = graphql(`
  query AttributionView($input: AttributionInput!) {
    attribution(input: $input) {
      conversions
      revenue {
        currency
        amount
      }
      rows {
        value
        label
        credits {
          model
          conversions
          revenue {
            currency
            amount
          }
        }
      }
    }
  }
`);
