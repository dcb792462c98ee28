// The installation's hybrid logical clock, persisted in the same transaction as each change.
import type { Transaction } from 'kysely';
import { formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from '../../shared/domain/hlc';
import type { Database } from '../db/schema';

export class ChangeClock {
  private last: Hlc;

  constructor(
    node: string,
    lastIssued: string | null,
    private readonly wallClock: () => number = Date.now,
  ) {
    this.last = lastIssued ? { ...parseHlc(lastIssued), node } : { millis: 0, counter: 0, node };
  }

  next(): string {
    this.last = tickHlc(this.last, this.wallClock());
    return formatHlc(this.last);
  }

  /** Moves past a clock value seen from another installation. */
  receive(remote: string): void {
    this.last = receiveHlc(this.last, parseHlc(remote), this.wallClock());
  }

  /** This computer's wall-clock time, as the clock sees it. */
  wallTime(): number {
    return this.wallClock();
  }

  /** Takes a new node (a new installation id): later values are this installation's alone again. */
  rekey(node: string): void {
    this.last = { ...this.last, node };
  }

  current(): string {
    return formatHlc(this.last);
  }

  async persist(tx: Transaction<Database>): Promise<void> {
    await tx
      .insertInto('meta')
      .values({ key: 'hlc', value: this.current() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: this.current() }))
      .execute();
  }
}
