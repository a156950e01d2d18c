// String comparisons for short name-like strings.

/** Jaro-Winkler similarity in 0..1 with the standard prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  // Winkler's boost only applies to strings that are already similar.
  if (jaro < 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export type SingleEdit = "insertion" | "deletion" | "substitution" | "transposition";

/** The one edit that turns `a` into `b`, or null when they are equal or further apart. */
export function singleEdit(a: string, b: string): SingleEdit | null {
  if (a === b) return null;
  if (Math.abs(a.length - b.length) > 1) return null;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return "substitution";
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start];
    return swapped && a.slice(start + 2) === b.slice(start + 2) ? "transposition" : null;
  }
  if (a.length < b.length) return a.slice(start) === b.slice(start + 1) ? "insertion" : null;
  return a.slice(start + 1) === b.slice(start) ? "deletion" : null;
}
