// What a log line, an error report or a crash report may say about a failure: its kind, its code
// and where in Redress it happened, never its message. Messages can quote the values that caused
// them (JSON.parse quotes the text it could not read; a driver or library may quote a row or an
// input), and those values are residents' personal data. The stack's frames name only Redress's
// own code, which is what a developer needs to find the fault.

const FRAME = /^\s+at /;

/** A failure described without anything it might quote: "TypeError (ERR_X) at …frames". */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return `a failure that is not an Error (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' && /^[A-Z0-9_]{2,60}$/.test(code) ? ` (${code})` : ''}`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => FRAME.test(line))
    .slice(0, 12)
    // A frame names a function and a file; an eval'd or anonymous frame could hold text.
    .map((line) => line.replace(/\(eval at .*$/, '(eval)'));
  return [head, ...frames].join('\n');
}
