import { goto } from "$app/navigation";
import { page } from "$app/state";

// A page's filters live in its URL so that a filtered view can be bookmarked or put on a wall
// display. Read inside `$derived`, these follow the URL as it changes.

/** The search parameter `name` when it is one of `allowed` (in any case), else null. */
export function enumFilter<T extends string>(name: string, allowed: readonly T[]): T | null {
  const value = page.url.searchParams.get(name)?.toUpperCase();
  return allowed.includes(value as T) ? (value as T) : null;
}

/** Whether the on/off filter `name` is on (`?name=1`). */
export function flagFilter(name: string): boolean {
  return page.url.searchParams.get(name) === "1";
}

/** Writes one search parameter (null removes it) without a history entry, keeping focus and scroll. */
export function setFilter(name: string, value: string | null): void {
  const url = new URL(page.url);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  void goto(url, { replaceState: true, keepFocus: true, noScroll: true });
}
