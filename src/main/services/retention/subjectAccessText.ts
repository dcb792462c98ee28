// The words of a subject access export: labelled sections and the README that explains the zip.

/** A label and the column it shows (an empty label continues the line above). */
export type Line = [label: string, column: string];

/** A titled block of "Label: value" lines, leaving out what is not recorded. */
export function section(title: string, lines: readonly Line[], row: Record<string, unknown>): string {
  const out = [title, '='.repeat(title.length)];
  for (const [label, column] of lines) {
    const value = row[column];
    if (value === null || value === undefined || value === '') continue;
    const shown =
      typeof value === 'number' && /consent|vulnerable/.test(column) ? (value ? 'Yes' : 'No') : String(value);
    out.push(label ? `${label}: ${shown}` : `  ${shown}`);
  }
  return `${out.join('\n')}\n`;
}

/** A name safe as a file name inside the zip (no folders, no control characters). */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/^\.+/, '')
    .trim();
  return cleaned.slice(0, 120) || 'file';
}

export function README(
  today: string,
  counts: { cases: number; calls: number; notes: number; letters: number; attachments: number },
  missing: readonly string[],
): string {
  return [
    'Everything we hold about you',
    '============================',
    '',
    `This file was made on ${today} in answer to a subject access request under the UK GDPR.`,
    'It holds everything our complaints system (Redress) holds about you, in readable form.',
    '',
    'What is in it',
    '-------------',
    'resident.txt            Your details as we hold them: name, contact details, needs, representative, address.',
    'cases/REF/case.txt      Each complaint or case: what it is about, its dates, and each point and our decision.',
    'cases/REF/history.txt   Every change made to the case and your details, who made it and when.',
    'cases/REF/notes.txt     Notes our staff wrote on the case.',
    'cases/REF/calls.txt     Calls, emails, visits and letters we logged on the case.',
    'cases/REF/letters/      The letters we sent you, as Word documents.',
    'cases/REF/attachments/  Files kept on the case (photos, documents).',
    'calls-not-on-a-case.txt Contact with you logged without a case.',
    'access-log.txt          Who has changed or looked at your records, and when.',
    '',
    `In numbers: ${counts.cases} case(s), ${counts.calls} call(s) or contact(s), ${counts.notes} note(s), ${counts.letters} letter(s), ${counts.attachments} attachment(s).`,
    '',
    'Where a complaint was made by a group of residents, the other residents’ names and contact',
    'details are replaced by "[another resident]".',
    ...(missing.length
      ? [
          '',
          'These files were recorded but had not reached the computer that made this export; ask',
          'us and we will send them:',
          ...missing.map((m) => `  ${m}`),
        ]
      : []),
    '',
  ].join('\n');
}
