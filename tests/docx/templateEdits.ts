// Changes a template the way a landlord's edit in Word would: its document.xml rewritten, the
// rest of the package as it was.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function editDocumentXml(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx);
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)));
  return zipSync(files);
}

/** Adds or replaces a part of the package, e.g. a macro project. */
export function withPart(
  docx: Uint8Array,
  path: string,
  bytes: Uint8Array<ArrayBuffer> | string,
): Uint8Array {
  const files = unzipSync(docx);
  files[path] = typeof bytes === 'string' ? strToU8(bytes) : bytes;
  return zipSync(files);
}

/** Word splits a placeholder across runs after editing; this does the same to `{{name}}`. */
export function splitAcrossRuns(xml: string, name: string): string {
  const half = Math.ceil(name.length / 2);
  return xml.replace(
    new RegExp(`(<w:r>)(<w:t xml:space="preserve">[^<]*?)\\{\\{${name}\\}\\}([^<]*</w:t></w:r>)`),
    `$1$2{{${name.slice(0, half)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${name.slice(half)}}}$3`,
  );
}
