// Word splits text into runs as it is edited, so a landlord's "{{reference}}" can be stored as
// "{{ref" in one run and "erence}}" in the next. This puts each placeholder whole into the run it
// starts in (its other characters are cut from the runs that held them), paragraph by paragraph,
// so it can be found and filled as written. Text around placeholders keeps its runs and formats.

const PARAGRAPH = /<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
const TEXT = /(<w:t\b[^>]*>)([^<]*)(<\/w:t>)/g;
const PLACEHOLDER = /\{\{[^{}<]*\}\}/g;

function wholeInParagraph(paragraph: string): string {
  const texts = [...paragraph.matchAll(TEXT)];
  if (texts.length < 2) return paragraph;
  const joined = texts.map((t) => t[2]).join('');
  if (!joined.includes('{{')) return paragraph;
  // Where each run's text starts in the paragraph's text.
  const starts: number[] = [];
  let length = 0;
  for (const t of texts) {
    starts.push(length);
    length += t[2]!.length;
  }
  const runAt = (at: number) => {
    let run = 0;
    while (run + 1 < starts.length && starts[run + 1]! <= at) run++;
    return run;
  };
  const chars = texts.map((t) => t[2]!.split(''));
  let changed = false;
  for (const m of joined.matchAll(PLACEHOLDER)) {
    if (runAt(m.index) === runAt(m.index + m[0].length - 1)) continue;
    changed = true;
    for (let at = m.index; at < m.index + m[0].length; at++) {
      const run = runAt(at);
      chars[run]![at - starts[run]!] = at === m.index ? m[0] : '';
    }
  }
  if (!changed) return paragraph;
  let n = 0;
  return paragraph.replace(TEXT, (_all, open: string, _text: string, close: string) => {
    const text = chars[n++]!.join('');
    const preserved = open.includes('xml:space') ? open : open.replace('<w:t', '<w:t xml:space="preserve"');
    return `${preserved}${text}${close}`;
  });
}

/** The part's XML with every placeholder whole in one run's text. */
export function placeholdersWhole(xml: string): string {
  return xml.includes('{') ? xml.replace(PARAGRAPH, wholeInParagraph) : xml;
}
