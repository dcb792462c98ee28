// An in-memory central share with a seeded adversary, for the sync simulation.
//
// The share itself (`FakeShare`) is what the server's disk holds. Each replica looks at it through
// its own `FakeShareView`, like a laptop looks at a Dropbox/OneDrive folder or an SMB mount with a
// client-side cache: files written by others arrive late, arrive partially (a prefix, possibly
// empty, that grows on later looks), listings come back reordered, partial or empty, reads may be
// bit-flipped, the share may vanish (every call throws, or the mount point lists as empty) or be
// read-only. The share itself can add byte-identical duplicates under conflicted-copy names
// (Dropbox, Syncthing, OneDrive, "(1)"), leftover `.tmp` files and junk (desktop.ini, .DS_Store).
//
// Everything is deterministic given the seeds. Nothing here is smart about the sync format: the
// adversary works on bytes and names only, so it cannot accidentally "help" the engine.
import type { ShareFs } from '../../src/main/sync/shareFs';
import { Rng } from './rng';

export interface Adversary {
  /** Shuffle every listing. */
  reorder: boolean;
  /** Probability that an entry is left out of one listing (client-side cache). */
  hide: number;
  /** Probability that a whole listing comes back empty. */
  emptyListing: number;
  /** Probability, per look, that a file written elsewhere has not arrived at this view yet. */
  late: number;
  /** Probability that a file arrives partially first: a prefix (maybe zero-length) growing on later looks. */
  partial: number;
  /** Probability that one read returns the bytes with one bit flipped (transient). */
  flip: number;
  /** Probability that any one call throws EIO (the share vanishing mid-sync). */
  fail: number;
  /** writeNew/remove/new folders throw EACCES. */
  readOnly: boolean;
  /** The share is gone: 'throw' = every call throws; 'empty' = an unmounted mount point (lists as empty, reads ENOENT). */
  vanished: false | 'throw' | 'empty';
}

export const CLEAN: Adversary = {
  reorder: false,
  hide: 0,
  emptyListing: 0,
  late: 0,
  partial: 0,
  flip: 0,
  fail: 0,
  readOnly: false,
  vanished: false,
};

/** The default hostile view used by the simulation: everything except corruption and vanishing. */
export const HOSTILE: Adversary = {
  reorder: true,
  hide: 0.15,
  emptyListing: 0.05,
  late: 0.3,
  partial: 0.2,
  flip: 0,
  fail: 0,
  readOnly: false,
  vanished: false,
};

export interface FakeShareOptions {
  seed: number;
  /** Probability that a written file also appears under a byte-identical conflicted-copy name. */
  conflictCopies?: number;
  /** Probability that a written file also leaves a `.tmp` leftover (a prefix) beside it. */
  tmpLeftovers?: number;
  /** Probability that a new folder gets junk files (desktop.ini, .DS_Store, Thumbs.db). */
  junk?: number;
}

export type ShareError = Error & { code: string };

export function shareError(code: string, message: string): ShareError {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Conflicted-copy names the cloud clients produce for `dir/base.ext`. */
export function conflictNames(path: string, rng: Rng): string[] {
  const slash = path.lastIndexOf('/');
  const dir = slash >= 0 ? path.slice(0, slash + 1) : '';
  const name = path.slice(slash + 1);
  const dot = name.indexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  const day = `2026-01-${String(rng.between(1, 28)).padStart(2, '0')}`;
  const device = rng.word(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
  return [
    `${dir}${base} (conflicted copy ${day})${ext}`,
    `${dir}${base} (Priya Shah's conflicted copy ${day})${ext}`,
    `${dir}${base} (1)${ext}`,
    `${dir}${base}.sync-conflict-${day.replace(/-/g, '')}-101010-${device}${ext}`,
    `${dir}${base}-DESKTOP-${device}${ext}`,
    `${dir}${name}.sync-conflict-${day.replace(/-/g, '')}-093000-${device}`,
  ];
}

interface Delivery {
  /** Bytes of the file visible at this view (== the file's length when complete). */
  len: number;
}

export interface ShareEvent {
  view: string;
  call: 'writeNew' | 'remove' | 'mkdirp';
  path: string;
}

export class FakeShare {
  /** The server's disk: path → bytes. */
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['']);
  readonly events: ShareEvent[] = [];
  /**
   * The share's own clock, stamping each file's modification time as it is written (like an SMB
   * or NFS server). Null (the default): the share reports no times, and `mtime` returns null.
   */
  clock: (() => number) | null = null;
  /** Modification times of files written while `clock` was set. */
  readonly mtimes = new Map<string, number>();
  /** Removes of a file the remover did not write: must never happen. */
  readonly foreignRemoves: ShareEvent[] = [];
  private readonly writers = new Map<string, string>();
  private readonly rng: Rng;
  private readonly views = new Map<string, FakeShareView>();

  constructor(readonly options: FakeShareOptions) {
    this.rng = new Rng(options.seed).fork('share');
  }

  /** A replica's window onto the share. `name` must be unique per replica. */
  view(name: string, adversary: Partial<Adversary> = {}, seed = this.options.seed): FakeShareView {
    const v = new FakeShareView(this, name, { ...CLEAN, ...adversary }, new Rng(seed).fork(`view:${name}`));
    this.views.set(name, v);
    return v;
  }

  /** Every path on the share, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  get(path: string): Uint8Array | undefined {
    return this.files.get(path);
  }

  /** Puts a file on the share behind the engine's back (hand-written segments, leftovers, copies). */
  put(path: string, bytes: Uint8Array | string, writer = '(test)'): void {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes);
    this.files.set(path, data);
    this.writers.set(path, writer);
    if (this.clock) this.mtimes.set(path, this.clock());
    this.addDirsOf(path);
  }

  /** Deletes a file behind the engine's back (tests only). */
  delete(path: string): void {
    this.files.delete(path);
  }

  /** Permanently flips one bit of a stored file (bit rot, a bad copy). */
  corrupt(path: string, rng: Rng): void {
    const bytes = this.files.get(path);
    if (!bytes || bytes.length === 0) throw new Error(`nothing to corrupt at ${path}`);
    const copy = Uint8Array.from(bytes);
    const i = rng.int(copy.length);
    copy[i] = copy[i]! ^ (1 << rng.int(8));
    this.files.set(path, copy);
  }

  /** Adds byte-identical copies of `path` under every conflicted-copy name. */
  addConflictCopies(path: string, rng: Rng = this.rng): string[] {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`no file at ${path}`);
    const names = conflictNames(path, rng);
    for (const n of names) if (!this.files.has(n)) this.put(n, bytes, '(cloud client)');
    return names;
  }

  /** Called by a view after a successful writeNew. */
  afterWrite(path: string, writer: string): void {
    this.writers.set(path, writer);
    this.events.push({ view: writer, call: 'writeNew', path });
    const bytes = this.files.get(path)!;
    if (this.rng.chance(this.options.conflictCopies ?? 0)) {
      const name = this.rng.pick(conflictNames(path, this.rng));
      if (!this.files.has(name)) this.put(name, bytes, '(cloud client)');
    }
    if (this.rng.chance(this.options.tmpLeftovers ?? 0)) {
      const name = `${path}.${this.rng.word(8)}.tmp`;
      this.put(name, bytes.slice(0, this.rng.int(bytes.length + 1)), '(crashed writer)');
    }
  }

  afterRemove(path: string, remover: string): void {
    const ev: ShareEvent = { view: remover, call: 'remove', path };
    this.events.push(ev);
    const writer = this.writers.get(path);
    // A replica's second window onto the share ("r2-without-d": the same computer, some files
    // withheld) is the same writer: it may tidy what it wrote through its usual one (old tips).
    const sameReplica =
      writer !== undefined && (remover.startsWith(`${writer}-`) || writer.startsWith(`${remover}-`));
    if (writer !== remover && !sameReplica) this.foreignRemoves.push(ev);
  }

  addDirsOf(path: string): void {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!this.dirs.has(dir)) {
        this.dirs.add(dir);
        if (i > 0 && this.rng.chance(this.options.junk ?? 0)) {
          const junk = this.rng.pick(['desktop.ini', '.DS_Store', 'Thumbs.db', '~$lock', '.dropbox']);
          this.files.set(`${dir}/${junk}`, new TextEncoder().encode('[.ShellClassInfo]\n'));
          this.writers.set(`${dir}/${junk}`, '(os)');
        }
      }
    }
  }

  writerOf(path: string): string | undefined {
    return this.writers.get(path);
  }
}

export class FakeShareView implements ShareFs {
  readonly label: string;
  private readonly delivered = new Map<string, Delivery>();
  /** Paths this view must not see until released (months-late delivery). */
  private withheld: ((path: string) => boolean) | null = null;
  /** Throw on every call after this many more calls (the share disappearing mid-sync). */
  private callsLeft = Infinity;
  calls = 0;
  reads = 0;
  lists = 0;
  /** Every path this view read, in order. */
  readonly readLog: string[] = [];
  readonly failures: string[] = [];

  constructor(
    readonly share: FakeShare,
    readonly name: string,
    public adversary: Adversary,
    private readonly rng: Rng,
  ) {
    this.label = `fake://${name}`;
  }

  /** Clean view: no adversary; every file arrives whole. */
  heal(): this {
    this.adversary = { ...CLEAN };
    this.withheld = null;
    this.callsLeft = Infinity;
    for (const [path, d] of this.delivered) {
      const bytes = this.share.files.get(path);
      if (bytes) d.len = bytes.length;
    }
    return this;
  }

  set(adversary: Partial<Adversary>): this {
    this.adversary = { ...this.adversary, ...adversary };
    return this;
  }

  withhold(predicate: ((path: string) => boolean) | null): this {
    this.withheld = predicate;
    return this;
  }

  /** The share vanishes after `n` more calls. */
  failAfter(n: number): this {
    this.callsLeft = n;
    return this;
  }

  /** What this view currently has of `path`: null if not arrived, else the visible length. */
  visibleLength(path: string): number | null {
    return this.arrive(path, false);
  }

  private enter(what: string, path: string): void {
    this.calls++;
    if (this.callsLeft <= 0) this.fail('EIO', `${what} ${path}: the share went away`);
    this.callsLeft--;
    if (this.adversary.vanished === 'throw') this.fail('ENOENT', `${what} ${path}: share not reachable`);
    if (this.rng.chance(this.adversary.fail)) this.fail('EIO', `${what} ${path}: input/output error`);
  }

  private fail(code: string, message: string): never {
    this.failures.push(`${code} ${message}`);
    throw shareError(code, message);
  }

  /**
   * Delivery at this view. Own writes are always complete. Others' files may not have arrived yet
   * (late, withheld), or be a prefix that grows each time it or its folder is looked at (`grow`).
   */
  private arrive(path: string, grow: boolean): number | null {
    const bytes = this.share.files.get(path);
    if (!bytes) return null;
    if (this.share.writerOf(path) === this.name) return bytes.length;
    if (this.withheld?.(path)) return null;
    const a = this.adversary;
    let d = this.delivered.get(path);
    if (!d) {
      if (this.rng.chance(a.late)) return null;
      d = { len: this.rng.chance(a.partial) ? this.rng.int(bytes.length) : bytes.length };
      this.delivered.set(path, d);
      return d.len;
    }
    if (d.len > bytes.length || (a.partial === 0 && a.late === 0)) d.len = bytes.length;
    if (grow && d.len < bytes.length && this.rng.chance(0.5)) {
      d.len = this.rng.chance(0.5) ? bytes.length : this.rng.between(d.len + 1, bytes.length);
    }
    return d.len;
  }

  async list(dir: string): Promise<string[]> {
    this.enter('list', dir);
    this.lists++;
    if (this.adversary.vanished === 'empty') return [];
    if (this.rng.chance(this.adversary.emptyListing)) return [];
    const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const names = new Set<string>();
    for (const path of this.share.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash >= 0) names.add(rest.slice(0, slash));
      else if (this.arrive(path, true) !== null) names.add(rest);
    }
    for (const d of this.share.dirs) {
      if (d.startsWith(prefix) && d.length > prefix.length && !d.slice(prefix.length).includes('/'))
        names.add(d.slice(prefix.length));
    }
    let out = [...names].sort();
    if (this.adversary.hide > 0) out = out.filter(() => !this.rng.chance(this.adversary.hide));
    if (this.adversary.reorder) out = this.rng.shuffle(out);
    return out;
  }

  async read(path: string): Promise<Uint8Array> {
    this.enter('read', path);
    this.reads++;
    this.readLog.push(path);
    if (this.adversary.vanished === 'empty') this.fail('ENOENT', `read ${path}: no such file`);
    const len = this.arrive(path, false);
    if (len === null) this.fail('ENOENT', `read ${path}: no such file`);
    const bytes = this.share.files.get(path)!.slice(0, len);
    this.arrive(path, true); // a file still copying has grown by the next look
    if (bytes.length > 0 && this.rng.chance(this.adversary.flip)) {
      const i = this.rng.int(bytes.length);
      bytes[i] = bytes[i]! ^ (1 << this.rng.int(8));
    }
    return bytes;
  }

  async size(path: string): Promise<number | null> {
    this.enter('size', path);
    if (this.adversary.vanished === 'empty') return null;
    return this.arrive(path, false);
  }

  /** The share's modification time; null when the share keeps no clock (the default) or the file has not arrived. */
  async mtime(path: string): Promise<number | null> {
    if (!this.share.clock) return null; // no call made: seeded runs without a share clock replay unchanged
    this.enter('mtime', path);
    if (this.adversary.vanished === 'empty') return null;
    if (this.arrive(path, false) === null) return null;
    return this.share.mtimes.get(path) ?? null;
  }

  async writeNew(path: string, data: Uint8Array): Promise<void> {
    this.enter('writeNew', path);
    if (this.adversary.vanished === 'empty') this.fail('ENOENT', `writeNew ${path}: no such folder`);
    if (this.adversary.readOnly) this.fail('EACCES', `writeNew ${path}: permission denied`);
    if (this.share.files.has(path)) this.fail('EEXIST', `writeNew ${path}: file already exists`);
    this.share.files.set(path, Uint8Array.from(data));
    if (this.share.clock) this.share.mtimes.set(path, this.share.clock());
    this.share.addDirsOf(path);
    this.share.afterWrite(path, this.name);
  }

  async remove(path: string): Promise<void> {
    this.enter('remove', path);
    if (this.adversary.readOnly) this.fail('EACCES', `remove ${path}: permission denied`);
    if (!this.share.files.has(path)) this.fail('ENOENT', `remove ${path}: no such file`);
    this.share.afterRemove(path, this.name);
    this.share.files.delete(path);
  }

  async mkdirp(dir: string): Promise<void> {
    this.enter('mkdirp', dir);
    const clean = dir.replace(/\/+$/, '');
    if (this.share.dirs.has(clean)) return;
    if (this.adversary.vanished === 'empty') this.fail('ENOENT', `mkdirp ${dir}: no such folder`);
    if (this.adversary.readOnly) this.fail('EACCES', `mkdirp ${dir}: permission denied`);
    this.share.addDirsOf(`${clean}/x`);
    this.share.events.push({ view: this.name, call: 'mkdirp', path: clean });
  }
}
