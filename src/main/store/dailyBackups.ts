// Automatic daily copies of the store in the data folder (backups/redress-YYYY-MM-DD.sqlite):
// made at start-up and once a day while Redress runs, keeping the last seven. They guard against
// a damaged store or a mistaken deletion on this computer; they are no substitute for a copy
// kept elsewhere (the central share, or `npm run cli -- backup --out FILE` to another disk).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { todayIso } from '../../shared/complaints/calendar';
import { PRIVATE_FOLDER } from '../db/storeMarkers';
import { copyStore } from './onlineBackup';

export const BACKUPS_FOLDER = 'backups';
export const DAILY_KEEP = 7;
const DAILY = /^redress-\d{4}-\d{2}-\d{2}\.sqlite$/;

export async function keepDailyBackup(
  sqlite: BetterSqlite3.Database,
  dataDir: string,
  now: Date,
): Promise<{ folder: string; made: string | null; kept: string[] }> {
  const folder = join(dataDir, BACKUPS_FOLDER);
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  const name = `redress-${todayIso(now)}.sqlite`;
  let made: string | null = null;
  if (!existsSync(join(folder, name))) {
    await copyStore(sqlite, join(folder, name));
    made = name;
  }
  const daily = readdirSync(folder)
    .filter((f) => DAILY.test(f))
    .sort();
  for (const old of daily.slice(0, Math.max(0, daily.length - DAILY_KEEP)))
    rmSync(join(folder, old), { force: true });
  return { folder, made, kept: daily.slice(-DAILY_KEEP) };
}
