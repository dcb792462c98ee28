// Hybrid logical clock (after Actual Budget's timestamp.ts). Every change carries one, so the
// audit trail is ordered and the same record can later decide last-writer-wins during sync.
// Format: ISO-8601 ms time, 4-hex counter, 16-hex node: compares correctly as a plain string.

export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

const MAX_COUNTER = 0xffff;

export function formatHlc({ millis, counter, node }: Hlc): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}

export function parseHlc(text: string): Hlc {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/.exec(text);
  if (!m) throw new Error(`Not a clock value: ${text}`);
  return { millis: Date.parse(m[1]!), counter: parseInt(m[2]!, 16), node: m[3]! };
}

/** The clock value for a local event at wall time `now`, after the last value this node issued or saw. */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: now, counter: 0, node: last.node };
  if (last.counter >= MAX_COUNTER) return { millis: last.millis + 1, counter: 0, node: last.node };
  return { millis: last.millis, counter: last.counter + 1, node: last.node };
}

/** Advance the local clock past a value received from another node. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const millis = Math.max(local.millis, remote.millis, now);
  let counter: number;
  if (millis === local.millis && millis === remote.millis)
    counter = Math.max(local.counter, remote.counter) + 1;
  else if (millis === local.millis) counter = local.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: local.node };
  return { millis, counter, node: local.node };
}
