// @mentions in case notes name teammates by their handle: letters, digits, `_`, `.` and `-`,
// matched without case. An @ inside a word (an email address) is no mention.

/** A teammate handle as stored: lower-case, without the @. */
export const handlePattern = /^[a-z0-9_][a-z0-9_.-]{0,49}$/;

/** The distinct handles @mentioned in `text`, lower-case, in order of first mention. */
export function mentionedHandles(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu)) {
    // A sentence may end right after a mention: "ask @sam." mentions sam.
    handles.add(match[1]!.replace(/[.-]+$/, "").toLowerCase());
  }
  return [...handles].filter((handle) => handlePattern.test(handle));
}
