// A small, strict argument reader: unknown flags are errors, not silently ignored.
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export class Flags {
  private readonly used = new Set<string>(['data-dir', 'json']);
  constructor(private readonly flags: Map<string, string | true>) {}

  string(name: string): string | undefined {
    this.used.add(name);
    const v = this.flags.get(name);
    if (v === true) throw new UsageError(`--${name} needs a value`);
    return v;
  }

  required(name: string, example: string): string {
    const v = this.string(name);
    if (v === undefined || v === '') throw new UsageError(`--${name} is required, e.g. --${name} ${example}`);
    return v;
  }

  bool(name: string): boolean {
    this.used.add(name);
    const v = this.flags.get(name);
    if (v === undefined) return false;
    if (v === true || v === 'true' || v === 'yes') return true;
    if (v === 'false' || v === 'no') return false;
    throw new UsageError(`--${name} is a switch: give it alone, or as --${name}=yes / --${name}=no`);
  }

  int(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, not "${v}"`);
    return Number(v);
  }

  /** Call after reading: any flag the command did not read is a mistake worth reporting. */
  rejectUnknown(): void {
    const unknown = [...this.flags.keys()].filter((k) => !this.used.has(k));
    if (unknown.length)
      throw new UsageError(
        `Unknown option${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => `--${u}`).join(', ')}`,
      );
  }
}
