// A small office on a real share folder, for the tests of looking after the share (gc, migrate):
// computers with their own officer (named after the computer, like crash.test.ts: each store
// signs in as its own officer), local work, syncs through the router, and counts to compare.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

export interface Computer {
  name: string;
  dir: string;
  app: RedressApp;
}

export class Office {
  readonly root = mkdtempSync(join(tmpdir(), 'redress-office-'));
  readonly computers: Computer[] = [];

  /** A folder for a share (empty). */
  folder(name: string): string {
    const dir = join(this.root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  async computer(name: string): Promise<Computer> {
    const dir = join(this.root, name.toLowerCase());
    const app = await openRedress({ unlock: { ...TEST_UNLOCK, person: name.toUpperCase() }, dataDir: dir });
    const c = { name, dir, app };
    this.computers.push(c);
    await call(c, 'people.setUpOfficer', {
      password: TEST_PASSWORD,
      name: `Officer ${name}`,
      initials: name.toUpperCase().slice(0, 3),
      role: 'admin',
    });
    return c;
  }

  /** `first` sets the share up in `share`; each of `others` joins it with a join code. */
  async share(share: string, first: Computer, ...others: Computer[]): Promise<void> {
    await call(first, 'share.join', { path: share, create: true, deviceLabel: `${first.name}’s laptop` });
    for (const c of others) await this.admit(share, first, c);
  }

  /** `newcomer` joins with a code `member` shows; `member` then takes it in. */
  async admit(share: string, member: Computer, newcomer: Computer): Promise<void> {
    const { code } = await call(member, 'share.joinCode', {});
    await call(newcomer, 'share.join', {
      path: share,
      create: false,
      deviceLabel: `${newcomer.name}’s laptop`,
      code,
    });
    await call(member, 'sync.folder', { path: share });
  }

  /** Computers A and B on share folder x, each with three rounds of work synced through it. */
  async workingPair(): Promise<{ x: string; a: Computer; b: Computer }> {
    const x = this.folder('x');
    const a = await this.computer('A');
    const b = await this.computer('B');
    await this.share(x, a, b);
    for (let i = 0; i < 3; i++) {
      await work(a, `a${i}`);
      await work(b, `b${i}`);
      for (const c of [a, b]) await sync(c, x);
    }
    return { x, a, b };
  }

  /** Closes one computer's store (a CLI run in a child process opens it next). */
  async release(c: Computer): Promise<void> {
    this.computers.splice(this.computers.indexOf(c), 1);
    await c.app.close();
  }

  async close(): Promise<void> {
    for (const c of this.computers.splice(0)) await c.app.close().catch(() => undefined);
    rmSync(this.root, { recursive: true, force: true });
  }
}

export async function call<K extends ProcedureName>(
  c: Computer,
  procedure: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> {
  const r = await c.app.dispatch(procedure, input);
  if (!r.ok)
    throw Object.assign(new Error(`${c.name} ${procedure}: ${r.error.message}`), { code: r.error.code });
  return r.value as OutputOf<K>;
}

/** A case opened and changed: a few changes of the computer's own. Returns its id. */
export async function work(c: Computer, tag: string): Promise<string> {
  const opened = await call(c, 'cases.open', { type: 'enquiry', summary: `Enquiry ${tag}` });
  await call(c, 'cases.update', { id: opened.id, changes: { summary: `Enquiry ${tag} (checked)` } });
  return opened.id;
}

/** One sync with the share in `share`, as a script runs it. */
export const sync = (c: Computer, share: string) => call(c, 'sync.folder', { path: share });

export const stateHashOf = async (c: Computer) => (await call(c, 'sync.stateHash', {})).stateHash;

/** Cases held, and distinct ids among them (a duplicate would show as a difference). */
export function caseIds(c: Computer): string[] {
  return (
    c.app.context.sqlite.prepare('SELECT id FROM cases ORDER BY id').all() as Array<{ id: string }>
  ).map((r) => r.id);
}

/** Every file under a folder, relative, with its size: what a share holds. */
export function filesIn(root: string, under = ''): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of readdirSync(join(root, under))) {
    const rel = under ? `${under}/${name}` : name;
    const st = statSync(join(root, rel));
    if (st.isDirectory()) for (const [k, v] of filesIn(root, rel)) out.set(k, v);
    else out.set(rel, st.size);
  }
  return out;
}

export const rid = (c: Computer) => c.app.context.installation.id;

export const segmentsOf = (share: string, c: Computer) =>
  readdirSync(join(share, 'replicas', rid(c), 'seg'))
    .filter((n) => /^\d{10}-[0-9a-f]{16}\.seg$/.test(n))
    .sort();
