// A template read once and kept: unzipped, each placeholder made whole in its run, and the names
// it holds listed. Rendering a letter then only rewrites the text of the parts that hold
// placeholders, instead of inflating and searching the whole package for every placeholder.
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { placeholdersWhole } from './runs';

export interface PreparedTemplate {
  /** Every file of the package, as bytes. */
  files: Record<string, Uint8Array>;
  /** The parts that can hold placeholders, as XML text, placeholders whole. */
  parts: Map<string, string>;
  /** The placeholder names written in those parts (spaces inside the braces trimmed). */
  names: Set<string>;
}

const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
export const PLACEHOLDER_IN_TEXT = /\{\{\s*([^{}<]*?)\s*\}\}/g;
const KEEP = 16;
const cache = new Map<string, PreparedTemplate>();

function prepare(bytes: Uint8Array): PreparedTemplate {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  const names = new Set<string>();
  for (const [path, data] of Object.entries(files)) {
    if (!TEXT_PARTS.test(path)) continue;
    const xml = placeholdersWhole(strFromU8(data));
    parts.set(path, xml);
    for (const m of xml.matchAll(PLACEHOLDER_IN_TEXT)) names.add(m[1]!);
  }
  return { files, parts, names };
}

/** The template prepared, from the cache when the same bytes were prepared before. */
export function preparedTemplate(bytes: Uint8Array): PreparedTemplate {
  const key = createHash('sha256').update(bytes).digest('hex');
  const known = cache.get(key);
  if (known) return known;
  const prepared = prepare(bytes);
  // A handful of templates are in use at once; the oldest is let go beyond that.
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
  cache.set(key, prepared);
  return prepared;
}
