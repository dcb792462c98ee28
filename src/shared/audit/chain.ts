// Walking one installation's audit chain and naming what is wrong with it, by position. Pure:
// the hash function is handed in (shared code imports no node modules).

export type ChainProblemKind = 'altered' | 'removed' | 'inserted';

export interface ChainProblem {
  /** The position in the installation's chain (for a removal, the first missing one); null for an entry with none. */
  position: number | null;
  kind: ChainProblemKind;
  /** In plain words, for the report. */
  detail: string;
}

export interface ChainEntry {
  pos: number;
  hash: string;
  /** The entry's canonical content (store/auditChain.ts). */
  content: string;
  /**
   * The entry belongs to a record a recorded erasure covers and holds exactly the erased values:
   * it cannot hash as written (its personal values are gone by law), so a mismatch is expected.
   */
  erased?: boolean;
}

export type ChainHash = (previous: string, position: number, content: string) => string;

/**
 * Each entry's hash must be the hash of the previous entry's hash, its position and its content.
 * An entry whose hash does not hold was altered (or the entry before it had its hash rewritten);
 * missing positions were removed; a second entry at a position already held was inserted. After a
 * gap the next entry cannot be checked (its predecessor is gone): the walk carries on from its hash.
 * Entries are pushed in order of position (a store reads them a stretch at a time).
 */
export class ChainWalk {
  readonly problems: ChainProblem[] = [];
  entries = 0;
  /** Entries whose values an erasure replaced (accepted, not checked against their hash). */
  erased = 0;
  private expected = 1;
  private previous: string | null = '';
  private group: ChainEntry[] = [];

  constructor(private readonly hash: ChainHash) {}

  push(entry: ChainEntry): void {
    this.entries++;
    if (this.group.length && this.group[0]!.pos !== entry.pos) this.settle();
    this.group.push(entry);
  }

  finish(): ChainProblem[] {
    if (this.group.length) this.settle();
    return this.problems;
  }

  private settle(): void {
    const group = this.group;
    this.group = [];
    const pos = group[0]!.pos;
    if (pos < this.expected) {
      // Below 1, or out of order: only an entry placed outside the chain gets here.
      for (let k = 0; k < group.length; k++)
        this.problems.push({
          position: pos,
          kind: 'inserted',
          detail: `An entry claims position ${pos}, which is not in the chain.`,
        });
      return;
    }
    if (pos > this.expected) {
      this.problems.push({
        position: this.expected,
        kind: 'removed',
        detail:
          pos - this.expected === 1
            ? `Entry ${this.expected} is missing.`
            : `Entries ${this.expected} to ${pos - 1} are missing (${pos - this.expected} entries).`,
      });
      this.previous = null;
    }
    const previous = this.previous;
    const genuine =
      previous === null ? undefined : group.find((e) => this.hash(previous, pos, e.content) === e.hash);
    const erasure = !genuine && group.length === 1 && group[0]!.erased === true;
    if (erasure) this.erased++;
    if (previous !== null && !genuine && !erasure)
      this.problems.push({
        position: pos,
        kind: 'altered',
        detail: `Entry ${pos} does not match its hash: it, or the hash of the entry before it, was changed after it was written.`,
      });
    const kept = genuine ?? group[0]!;
    for (const extra of group)
      if (extra !== kept)
        this.problems.push({
          position: pos,
          kind: 'inserted',
          detail: `An extra entry claims position ${pos}, which another entry already holds.`,
        });
    this.previous = kept.hash;
    this.expected = pos + 1;
  }
}

/** The problems of a whole chain held in memory (any order). */
export function chainProblems(entries: readonly ChainEntry[], hash: ChainHash): ChainProblem[] {
  const walk = new ChainWalk(hash);
  for (const e of [...entries].sort((a, b) => a.pos - b.pos)) walk.push(e);
  return walk.finish();
}
