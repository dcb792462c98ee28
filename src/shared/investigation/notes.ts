// Case notes are never edited or removed: a correction is a new note naming the one it corrects,
// and the original stays readable beside it. Two computers may each correct the same note offline,
// so a note's corrections form a tree; the "latest" version follows the newest correction.

export interface NoteLink {
  id: string;
  correctsId: string | null;
  createdAt: string;
}

/** The note a new correction of `id` should correct: the newest version along its corrections. */
export function latestVersion<N extends NoteLink>(notes: readonly N[], id: string): N | undefined {
  const byCorrected = correctionsOf(notes);
  let current = notes.find((n) => n.id === id);
  for (let guard = 0; current && guard <= notes.length; guard++) {
    const next = byCorrected.get(current.id)?.at(-1);
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The first note of the chain `id` belongs to (the one that corrects nothing). */
export function originalOf<N extends NoteLink>(notes: readonly N[], id: string): N | undefined {
  const byId = new Map(notes.map((n) => [n.id, n]));
  let current = byId.get(id);
  for (let guard = 0; current?.correctsId && guard <= notes.length; guard++) {
    const previous = byId.get(current.correctsId);
    if (!previous) return current; // its original has not arrived yet
    current = previous;
  }
  return current;
}

export interface NoteThread<N> {
  original: N;
  /** Every correction of the original or of a correction, oldest first. */
  corrections: N[];
}

/** The notes as threads: each original with its corrections under it, threads in order of the original. */
export function noteThreads<N extends NoteLink>(notes: readonly N[]): NoteThread<N>[] {
  const ordered = [...notes].sort(byTime);
  const threads = new Map<string, NoteThread<N>>();
  for (const note of ordered) {
    const root = originalOf(notes, note.id) ?? note;
    const thread = threads.get(root.id) ?? { original: root, corrections: [] };
    if (note.id !== root.id) thread.corrections.push(note);
    threads.set(root.id, thread);
  }
  return [...threads.values()];
}

function correctionsOf<N extends NoteLink>(notes: readonly N[]): Map<string, N[]> {
  const map = new Map<string, N[]>();
  for (const note of [...notes].sort(byTime)) {
    if (!note.correctsId) continue;
    map.set(note.correctsId, [...(map.get(note.correctsId) ?? []), note]);
  }
  return map;
}

const byTime = (a: NoteLink, b: NoteLink) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
