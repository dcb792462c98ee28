// A folder's listing with a way to ask each listed file's size. An object store's listing carries
// sizes for free (listDetailed), so asking one costs nothing; a folder share is asked per file
// (size), only for the few files a caller needs (quarantined or suspect ones).
import { namesAfter, type ListOptions, type ShareFs } from './shareFs';

export interface Listing {
  /** Names after `options.after` (the hint filtered again here: a share may ignore it). */
  names: string[];
  /** The size of a listed file, or null if it has gone. */
  sizeOf(name: string): Promise<number | null>;
}

export async function listWithSizes(fs: ShareFs, dir: string, options: ListOptions = {}): Promise<Listing> {
  if (fs.listDetailed) {
    const entries = await fs.listDetailed(dir, options);
    const sizes = new Map(entries.map((e) => [e.name, e.size]));
    return {
      names: namesAfter([...sizes.keys()], options.after),
      // A name the listing did not carry (not possible for listed names) is asked the slow way.
      sizeOf: async (name) => sizes.get(name) ?? fs.size(`${dir}/${name}`),
    };
  }
  return {
    names: namesAfter(await fs.list(dir, options), options.after),
    sizeOf: (name) => fs.size(`${dir}/${name}`),
  };
}

/**
 * A listing hint that sorts just below every segment numbered `seq` and above every lower one:
 * segment names start with the number, zero-padded to 10 digits, then '-' (segment.ts).
 */
export const justBelowSeq = (seq: number) => String(seq).padStart(10, '0');
