// Change hints: what lets a sync with nothing new cost one request. After a sync that wrote
// something others must read (a segment, hello, vouch, invitation, snapshot, attachment, an
// erasure's rewrite), an installation writes one empty file `tips/<13-digit ms>-<rid>` at the
// share's top (invisible to readers of replicas/, so older versions are unaffected) and removes
// its own older ones where the credential allows. Another installation lists `tips/` once: when no
// tip of another installation is new since it last looked, and nothing here waits to go out, the
// sync stops there.
//
// Tips are hints, never truth: a full sync still runs on the first sync after start, every
// BACKSTOP_MS, whenever something waits to go out, and whenever a tip is new, so a tip lost,
// late, hidden by a partial listing or removed changes only how soon a change is seen, never
// whether. A tip's time is max(writer's clock, newest tip it has seen + 1), so names sort in
// write order even with skewed clocks; a reader lists from TIP_WINDOW_MS below the newest tip it
// has seen, so a writer whose clock is behind by less than that is still seen at once. A tip
// under our own id that we did not write is another computer writing as us (identity.ts): it
// forces a full sync, whose fork check looks at our folder.
import { readMeta, writeMeta } from '../store/meta';
import type BetterSqlite3 from 'better-sqlite3';
import { isShareLevel, namesAfter, type ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';

export const TIPS_DIR = 'tips';
/**
 * A full sync at least this often whatever the tips say: what a tip cannot carry (a listing that
 * hid a file, a writer whose clock is far behind, a held change whose time has come, an
 * invitation to tidy away) waits at most this long. Ten minutes keeps a quiet share at roughly
 * one full scan per ten syncs while the app is busy, one per two while it idles (idle syncs run
 * every 5 minutes, runtime.ts).
 */
export const BACKSTOP_MS = 10 * 60_000;
/** How far below the newest tip seen a listing starts: a writer's clock may lag by this much. */
export const TIP_WINDOW_MS = 10 * 60_000;
/** A tip dated further ahead than this does not move the listing's start (a clock years ahead). */
const AHEAD_MS = 24 * 3600_000;
const STATE_META = 'share_tips';
const TIP = /^(\d{13})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface TipState {
  /** The share these tips were read on (a store that joins another share starts again). */
  shareId: string | null;
  /** The newest tip time seen (ms), 0 before any. */
  newest: number;
  /** Names listed last time (only those from the window up: older ones are never listed again). */
  seen: string[];
  /** Our own tips, written or being written: never mistaken for another computer writing as us. */
  own: string[];
  /** When the last full sync ended (this computer's clock, ms); null before one. */
  fullAt: number | null;
  /** Something went out since the last tip was written: the next sync writes one. */
  due: boolean;
}

export const tipName = (ms: number, rid: string) => `${String(ms).padStart(13, '0')}-${rid}`;

export function parseTip(name: string): { ms: number; rid: string } | null {
  const m = TIP.exec(name);
  return m ? { ms: Number(m[1]), rid: m[2]! } : null;
}

/** Where a listing of tips/ starts (exclusive): everything from TIP_WINDOW_MS below the newest tip seen. */
export const listFrom = (state: TipState) =>
  String(Math.max(0, state.newest - TIP_WINDOW_MS)).padStart(13, '0');

export function readTipState(db: BetterSqlite3.Database): TipState {
  const shareId = readMeta(db, 'share_id');
  const fresh: TipState = { shareId, newest: 0, seen: [], own: [], fullAt: null, due: false };
  try {
    const kept = JSON.parse(readMeta(db, STATE_META) ?? 'null') as TipState | null;
    return kept && kept.shareId === shareId ? { ...fresh, ...kept } : fresh;
  } catch {
    return fresh;
  }
}

export function saveTipState(db: BetterSqlite3.Database, state: TipState): void {
  writeMeta(db, STATE_META, JSON.stringify(state));
}

export interface TipLook {
  /** Every tip listed (from the window up). */
  names: string[];
  /** A tip of another installation not there last time, or one under our id we did not write. */
  changed: boolean;
}

/**
 * One listing of tips/. Null when the listing failed for a reason of its own (a full sync then
 * runs, which finds out what is wrong); a share that is not answering fails the sync as always.
 */
export async function lookAtTips(fs: ShareFs, state: TipState, me: string): Promise<TipLook | null> {
  const after = listFrom(state);
  let listed: string[];
  try {
    listed = namesAfter(await fs.list(TIPS_DIR, { after }), after);
  } catch (error) {
    if (isShareLevel(error)) throw error;
    return null;
  }
  const names = listed.filter((n) => parseTip(n) !== null).sort();
  const seen = new Set(state.seen);
  const own = new Set(state.own);
  const changed = names.some((n) => !seen.has(n) && !(parseTip(n)!.rid === me && own.has(n)));
  return { names, changed };
}

/** The state after a look: newest time seen, names seen, our own tips that can no longer be listed forgotten. */
export function afterLook(state: TipState, look: TipLook | null, nowMs: number): TipState {
  if (!look) return state;
  let newest = state.newest;
  for (const n of look.names) {
    const { ms } = parseTip(n)!;
    if (ms <= nowMs + AHEAD_MS) newest = Math.max(newest, ms);
  }
  const next = { ...state, newest, seen: look.names };
  const from = listFrom(next);
  return { ...next, own: state.own.filter((n) => n > from) };
}

/**
 * Writes our tip (if one is due) and removes our older ones. A tip that could not be written
 * stays due for the next sync; one that cannot be removed (a credential without delete rights)
 * is left, still known as ours. Failing to leave a hint never fails a sync.
 */
export async function leaveTip(store: AtStore, fs: ShareFs, me: string, now: Date): Promise<void> {
  let name = '';
  let older: string[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    ({ name, older } = await store((db) => {
      const state = readTipState(db);
      const lastOwn = Math.max(0, ...state.own.map((n) => parseTip(n)?.ms ?? 0));
      const name = tipName(Math.max(now.getTime(), state.newest + 1, lastOwn + 1), me);
      // Known as ours before it exists: a crash after writing it never reads as someone else's.
      saveTipState(db, { ...state, own: [...state.own, name], due: true });
      return { name, older: state.own.filter((n) => n < name) };
    }));
    try {
      await fs.mkdirp(TIPS_DIR);
      await fs.writeNew(`${TIPS_DIR}/${name}`, new Uint8Array(0));
      break;
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      if (code === 'ABORT_ERR') throw error;
      if (code !== 'EEXIST') return;
      // Taken, yet not by us (every name we wrote is later than the last): a copy of this
      // computer writing as us, in step with it. The next name is one it has not seen.
    }
  }
  const removed: string[] = [];
  for (const old of older) {
    try {
      await fs.remove(`${TIPS_DIR}/${old}`);
      removed.push(old);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      if (code === 'ENOENT') removed.push(old);
      else if (code === 'ABORT_ERR') throw error;
      // EACCES (no delete right), or the share stopped answering: left there, still ours.
    }
  }
  await store((db) => {
    const state = readTipState(db);
    saveTipState(db, {
      ...state,
      newest: Math.max(state.newest, parseTip(name)!.ms),
      own: state.own.filter((n) => !removed.includes(n)),
      due: false,
    });
  });
}
