// LibreOffice, used headless to turn the issued DOCX files into PDF: found on PATH (or where its
// installer puts it on Windows and macOS), run with a private profile so it never touches — or
// waits on — the profile of a LibreOffice the person has open, given a time limit, and stopped
// with everything it started when the export is cancelled.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WELL_KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
};

function runnable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's `soffice`, or null when it is not installed (not on PATH nor where it installs itself). */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean))
    for (const name of names) {
      const path = join(dir, name);
      if (runnable(path)) return path;
    }
  return (WELL_KNOWN[process.platform] ?? []).find((p) => existsSync(p)) ?? null;
}

export const NO_LIBREOFFICE =
  'LibreOffice is not installed on this computer, so no letters.pdf was made: install LibreOffice, then export again. The letters, manifest and labels were exported.';

export class ConversionStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'timed_out' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Converts the files into PDFs in `outDir` (same names, .pdf) with one LibreOffice run. Resolves
 * when it exits; throws ConversionStopped when cancelled, out of time, or LibreOffice fails.
 */
export function convertToPdf(options: {
  soffice: string;
  files: readonly string[];
  outDir: string;
  profileDir: string;
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<void> {
  const { soffice, files, outDir, profileDir, timeoutMs, signal } = options;
  const args = [
    '--headless',
    '--norestore',
    '--nologo',
    '--nodefault',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ConversionStopped('cancelled', 'The export was cancelled.'));
    // Its own process group, so stopping it stops soffice.bin too (soffice is a launcher).
    const child = spawn(soffice, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let stderr = '';
    let stopped: ConversionStopped | null = null;
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    const stop = (why: ConversionStopped) => {
      stopped ??= why;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const onAbort = () => stop(new ConversionStopped('cancelled', 'The export was cancelled.'));
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () =>
        stop(
          new ConversionStopped(
            'timed_out',
            `LibreOffice took longer than ${Math.round(timeoutMs / 1000)} seconds to convert ${files.length} letter(s) to PDF, so it was stopped.`,
          ),
        ),
      timeoutMs,
    );
    const done = (error: ConversionStopped | null) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    child.on('error', (e) =>
      done(stopped ?? new ConversionStopped('failed', `LibreOffice could not be started: ${e.message}`)),
    );
    child.on('close', (code) => {
      if (stopped) return done(stopped);
      if (code !== 0)
        return done(
          new ConversionStopped(
            'failed',
            `LibreOffice stopped with an error (exit code ${code})${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}.`,
          ),
        );
      done(null);
    });
  });
}
