// A Word document's parts as text, for the tests to read its XML.
import { strFromU8, unzipSync } from 'fflate';

export function xmlParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}
