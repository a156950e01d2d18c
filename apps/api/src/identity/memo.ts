/**
 * Caches a pure function of one string. Names, addresses and handles repeat endlessly across an
 * import (the same author on every message, the same person parsed while resolving, blocking and
 * scoring), so parsing each once is most of identity's cost saved. The cache empties when full:
 * memory stays bounded however long an import runs. Cached values are shared, so they are frozen.
 */
export function memoizeByString<T>(
  compute: (key: string) => T,
  limit = 100_000,
): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      if (typeof value === "object" && value !== null) Object.freeze(value);
      cache.set(key, value);
    }
    return value as T;
  };
}
