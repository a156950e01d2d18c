/** The value after `--name` in a bench's arguments (`--minutes 5`). */
export function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}
