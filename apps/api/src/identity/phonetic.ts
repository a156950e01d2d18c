// A Metaphone-style phonetic code, simplified to what blocking needs: names
// that sound alike ("Smith"/"Smyth", "Catherine"/"Katherine",
// "Philips"/"Phillips") share a code, so a typo that keeps the sound still
// lands in the same block. "th" codes as T, as it sounds in Thomas and Thompson. Unlike Soundex it does not keep the first letter
// verbatim, which is where C/K and PH/F spellings differ.

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const FRONT_VOWELS = new Set(["e", "i", "y"]);
const SILENT_START = ["kn", "gn", "pn", "wr", "ps"];
const MAX_CODE_LENGTH = 6;

// Names repeat across records, and codes are computed for every blocking key and comparison.
const codeCache = new Map<string, string>();
const CODE_CACHE_LIMIT = 100_000;

export function phoneticCode(word: string): string {
  let code = codeCache.get(word);
  if (code === undefined) {
    if (codeCache.size >= CODE_CACHE_LIMIT) codeCache.clear();
    code = computePhoneticCode(word);
    codeCache.set(word, code);
  }
  return code;
}

function computePhoneticCode(word: string): string {
  let text = word.toLowerCase().replace(/[^a-z]/g, "");
  if (text === "") return "";
  if (SILENT_START.some((start) => text.startsWith(start))) text = text.slice(1);
  if (text.startsWith("x")) text = `s${text.slice(1)}`;
  if (text.startsWith("wh")) text = `w${text.slice(2)}`;

  let code = "";
  const at = (i: number): string => text[i] ?? "";
  const isVowel = (i: number): boolean => VOWELS.has(at(i));
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    // Doubled letters sound once: "Phillips" is "Philips".
    if (c === at(i - 1)) continue;
    const next = at(i + 1);
    let sound = "";
    switch (c) {
      case "a":
      case "e":
      case "i":
      case "o":
      case "u":
        sound = i === 0 ? "A" : "";
        break;
      case "b":
        sound = at(i - 1) === "m" && i === text.length - 1 ? "" : "B";
        break;
      case "c":
        if (next === "h") sound = at(i - 1) === "s" ? "K" : "X";
        else if (next === "k") sound = "";
        else if (FRONT_VOWELS.has(next)) sound = "S";
        else sound = "K";
        break;
      case "d":
        sound = next === "g" && FRONT_VOWELS.has(at(i + 2)) ? "J" : "T";
        break;
      case "g":
        if (next === "h" && !isVowel(i + 2)) sound = "";
        else if (next === "n" && i + 2 >= text.length) sound = "";
        else if (at(i - 1) === "d" && FRONT_VOWELS.has(next)) sound = "";
        else sound = FRONT_VOWELS.has(next) ? "J" : "K";
        break;
      case "h":
        sound = isVowel(i + 1) && !isVowel(i - 1) && !"cgpst".includes(at(i - 1)) ? "H" : "";
        break;
      case "p":
        if (next === "h") sound = "F";
        else sound = at(i - 1) === "m" && next === "s" ? "" : "P";
        break;
      case "q":
        sound = "K";
        break;
      case "s":
        if (next === "h" || (next === "i" && (at(i + 2) === "o" || at(i + 2) === "a"))) sound = "X";
        else sound = "S";
        break;
      case "t":
        if (next === "i" && (at(i + 2) === "o" || at(i + 2) === "a")) sound = "X";
        else if (next === "h") sound = "T";
        else if (next === "c" && at(i + 2) === "h") sound = "";
        else sound = "T";
        break;
      case "v":
        sound = "F";
        break;
      case "w":
      case "y":
        sound = isVowel(i + 1) ? c.toUpperCase() : "";
        break;
      case "x":
        sound = "KS";
        break;
      case "z":
        sound = "S";
        break;
      default:
        sound = c.toUpperCase();
    }
    if (sound !== "" && !code.endsWith(sound)) code += sound;
  }
  return code.slice(0, MAX_CODE_LENGTH);
}
