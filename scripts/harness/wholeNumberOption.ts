/** A benchmark's `--name N` option: a whole number of at least 1, else `fallback` when absent. */
export function wholeNumberOption(name: string, fallback: number, argv: readonly string[] = process.argv): number {
  const at = argv.indexOf(name);
  const value = at === -1 ? fallback : Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number (got ${argv[at + 1]})`);
  return value;
}
