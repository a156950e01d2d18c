import { scorePair } from "../../src/identity/similarity.ts";
import { generateRegistrySet } from "./registry.ts";
import { resolveInMemory } from "./resolve.ts";

const seed = Number(process.argv[2] ?? 7);
const recs = generateRegistrySet({ people: 2700, seed }).records.slice(0, 5000);
const low: Array<[number, number, number]> = [];
const res = resolveInMemory(recs, {
  onScored: (a, b, s) => {
    if (recs[a]!.truthId === recs[b]!.truthId && s <= 0.1) low.push([a, b, s]);
  },
});
const sig = new Map<string, number>();
for (const [a, b] of low) {
  const r = scorePair(recs[a]!, recs[b]!, { comparisonModel: res.comparisonModel });
  const k = r.signals
    .filter((s) => s.signal !== "baseline")
    .map((s) => `${s.signal}${s.weight > 0 ? "+" : "-"}`)
    .join(" ");
  sig.set(k, (sig.get(k) ?? 0) + 1);
}
console.log("low true", low.length);
for (const [k, n] of [...sig].sort((x, y) => y[1] - x[1]).slice(0, 12))
  console.log(String(n).padStart(4), k);
for (const [a, b, s] of low.slice(0, 12)) {
  const r = scorePair(recs[a]!, recs[b]!, { comparisonModel: res.comparisonModel });
  console.log(
    s.toFixed(3),
    "|",
    recs[a]!.name,
    "|",
    recs[a]!.location,
    "|",
    recs[a]!.externalIds?.[0]?.id,
    " <> ",
    recs[b]!.name,
    "|",
    recs[b]!.location,
    "|",
    recs[b]!.externalIds?.[0]?.id,
    "::",
    r.signals.map((x) => `${x.signal}:${x.weight.toFixed(1)}`).join(" "),
  );
}
