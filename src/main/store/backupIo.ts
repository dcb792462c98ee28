// A backup's bytes on disk: read a line at a time (a store of any size never sits in memory
// whole) and written to a temporary file that replaces the old one only once complete, so a
// nightly backup interrupted half-way leaves yesterday's file, never half of today's. Written
// files are readable by their owner only.
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { PRIVATE_FILE } from '../db/storeMarkers';

const CHUNK = 1 << 20;

/** The lines of a file, read synchronously (a restore runs inside one SQLite transaction). */
export function* fileLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    let pending = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const lines = (pending + decoder.write(buffer.subarray(0, read))).split('\n');
      pending = lines.pop()!;
      yield* lines;
    }
    pending += decoder.end();
    if (pending) yield pending;
  } finally {
    closeSync(fd);
  }
}

/** Writes a file through `produce`'s chunks; the file appears (or is replaced) only when whole. */
export function writeWholeFile<T>(path: string, produce: (write: (chunk: string) => void) => T): T {
  const temp = `${path}.partial-${process.pid}`;
  // Owner-only: a backup holds every resident's personal data.
  const fd = openSync(temp, 'w', PRIVATE_FILE);
  let buffered: string[] = [];
  let size = 0;
  const flush = () => {
    if (buffered.length) writeSync(fd, buffered.join(''));
    buffered = [];
    size = 0;
  };
  try {
    const result = produce((chunk) => {
      buffered.push(chunk);
      size += chunk.length;
      if (size >= CHUNK) flush();
    });
    flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
    return result;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
