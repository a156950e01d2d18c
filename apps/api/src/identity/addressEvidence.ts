// What comparisons read from addresses and customer numbers: the parts of a postal address in a
// comparable form (folded case, street type dropped, OCR look-alikes read as the digits they
// stand for), and the level at which two records agree on each part.

import { addressInLocation, type PostalAddress } from "./address.ts";
import type { ExternalIdRef, PersonCandidate } from "./candidate.ts";
import { foldText } from "./normalize.ts";
import { phoneticCode } from "./phonetic.ts";
import { jaroWinkler, singleEdit } from "./stringDistance.ts";

export interface AddressParts {
  /** House number as digits ("4/12" -> "12"). */
  number: string | null;
  /** Street name without its type or number: "smith" for "12 Smith Street". */
  streetName: string | null;
  postcode: string | null;
  city: string | null;
  region: string | null;
  /** The address as written, for explanations. */
  display: PostalAddress;
}

/** OCR reads digits as the letters they look like; a numeric field is compared in digits. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  o: "0",
  q: "0",
  d: "0",
  i: "1",
  l: "1",
  z: "2",
  s: "5",
  b: "8",
  g: "6",
  t: "7",
};
export const digitsOf = (text: string) =>
  foldText(text)
    .replace(/[a-z]/g, (c) => DIGIT_LOOKALIKES[c] ?? c)
    .replace(/[^0-9a-z]/g, "");

const STREET_TYPE_WORDS = new Set([
  "street",
  "road",
  "avenue",
  "drive",
  "lane",
  "court",
  "place",
  "crescent",
  "boulevard",
  "highway",
  "parade",
  "terrace",
  "close",
  "square",
  "parkway",
  "circle",
  "grove",
  "esplanade",
  "way",
  "circuit",
  "alley",
  "track",
  "promenade",
  "mews",
  "row",
  "walk",
]);

/** The stated address, else one a free-text location holds; null when neither gives one. */
export function addressPartsOf(candidate: PersonCandidate): AddressParts | null {
  const address =
    candidate.address ?? (candidate.location ? addressInLocation(candidate.location) : null);
  if (!address) return null;
  let number: string | null = null;
  let streetName: string | null = null;
  if (address.street) {
    const words = foldText(address.street).split(/\s+/).filter(Boolean);
    const numbered = words.filter((word) => /\d/.test(word));
    const last = numbered[numbered.length - 1];
    number = last ? digitsOf(last.split("/").pop()!) || null : null;
    const nameWords = words.filter(
      (word) =>
        !/\d/.test(word) &&
        !STREET_TYPE_WORDS.has(word) &&
        !["unit", "apartment", "flat", "suite", "level"].includes(word),
    );
    streetName = nameWords.join(" ").replace(/[^a-z ]/g, "") || null;
  }
  return {
    number,
    streetName,
    postcode: address.postcode ? digitsOf(address.postcode) || null : null,
    city: address.city
      ? foldText(address.city)
          .replace(/[^a-z ]/g, "")
          .trim() || null
      : null,
    region: address.region ? foldText(address.region) : null,
    display: address,
  };
}

export type AgreementLevel = "exact" | "close" | "different";

const closeText = (a: string, b: string) =>
  singleEdit(a, b) !== null || jaroWinkler(a, b) >= 0.9 || phoneticCode(a) === phoneticCode(b);

/** A street agrees when its number and name do; one of them a slip apart is close. */
export function streetLevel(a: AddressParts, b: AddressParts): AgreementLevel | null {
  if (!a.streetName || !b.streetName || !a.number || !b.number) return null;
  const sameName = a.streetName === b.streetName;
  const sameNumber = a.number === b.number;
  if (sameName && sameNumber) return "exact";
  if (
    (sameName && singleEdit(a.number, b.number) !== null) ||
    (sameNumber && closeText(a.streetName, b.streetName))
  )
    return "close";
  return "different";
}

export function postcodeLevel(a: AddressParts, b: AddressParts): AgreementLevel | null {
  if (!a.postcode || !b.postcode) return null;
  if (a.postcode === b.postcode) return "exact";
  return singleEdit(a.postcode, b.postcode) !== null ? "close" : "different";
}

export function cityLevel(a: AddressParts, b: AddressParts): AgreementLevel | null {
  if (!a.city || !b.city) return null;
  if (a.city === b.city) return "exact";
  return closeText(a.city, b.city) ? "close" : "different";
}

/**
 * Two ids in the same id space: an exact match is an identity key (merged or weighed already),
 * so this reads only the near misses: one edit or one transposition apart, OCR look-alikes folded.
 */
export function externalIdLevel(
  a: readonly ExternalIdRef[] | undefined,
  b: readonly ExternalIdRef[] | undefined,
): { level: AgreementLevel; edit: string | null; source: string } | null {
  let result: { level: AgreementLevel; edit: string | null; source: string } | null = null;
  for (const x of a ?? []) {
    for (const y of b ?? []) {
      if (x.source.toLowerCase() !== y.source.toLowerCase()) continue;
      const [dx, dy] = [digitsOf(x.id), digitsOf(y.id)];
      if (x.id.trim() === y.id.trim()) return null;
      const edit = dx === dy ? "look-alike character" : singleEdit(dx, dy);
      if (edit !== null) return { level: "close", edit, source: x.source };
      result ??= { level: "different", edit: null, source: x.source };
    }
  }
  return result;
}
