// Redress's own templates, resources/templates/<type>.docx, found wherever Redress runs from: the
// source tree (tests, the command line), the built app (out/main/…) or an installed app (its
// resources folder). Read once each, then kept.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LetterType } from '../../../../shared/letters/letterTypes';

let templatesDir: string | null = null;
const cache = new Map<LetterType, Uint8Array>();

/** The first resources/templates above `start`, or null when there is none up to the root. */
export function templatesDirAbove(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'templates');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function findTemplatesDir(): string {
  if (templatesDir) return templatesDir;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const found =
    templatesDirAbove(__dirname) ??
    (packaged
      ? [join(packaged, 'templates'), join(packaged, 'resources', 'templates')].find(existsSync)
      : undefined);
  if (!found)
    throw new Error(`Redress's letter templates (resources/templates) are missing near ${__dirname}`);
  templatesDir = found;
  return found;
}

export function shippedTemplate(type: LetterType): Uint8Array {
  const cached = cache.get(type);
  if (cached) return cached;
  const bytes = new Uint8Array(readFileSync(join(findTemplatesDir(), `${type}.docx`)));
  cache.set(type, bytes);
  return bytes;
}
