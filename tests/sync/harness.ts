import { actAs, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
// The sync simulation: N replicas, each a real Redress store in a temp folder (openRedress), each
// with its own clock (sim time + a per-replica offset), doing random work through the router
// (dispatch) and syncing on random schedules through its own view of the share. Then quiescence:
// everyone syncs through a clean view until nothing changes, and the canonical state hashes (and
// the projections people see) must be equal everywhere, with nothing anyone wrote missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../src/shared/domain/vocabulary';

/** Who is at a pure reader's keyboard: never stored, so the reader makes no change of its own. */
const READER_ID = '00000000-0000-7000-8000-00000000a11d';
import { openRedress, type RedressApp } from '../../src/main/app';
import {
  admitNewcomers,
  createShare,
  joinShare,
  newJoinCode,
  syncOnce,
  type SyncOptions,
} from '../../src/main/sync/engine';
import type { SyncContext } from '../../src/main/sync/port';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { stateHash } from '../../src/main/store/stateHash';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import type { AttentionItem, SyncReport } from '../../src/shared/contract/types';
import {
  OPENNESS,
  CASE_TYPES,
  CHANNELS,
  EXCLUSION_REASONS,
  OUTCOME_POSSIBLE,
  POINT_DECISIONS,
  SERVICE_AREAS,
} from '../../src/shared/domain/vocabulary';
import { calendarFor } from '../../src/main/calendars';
import { addWorkingDays, todayIso } from '../../src/shared/complaints/calendar';
import {
  allowedCommands,
  currentResponseDue,
  type ComplaintFacts,
  type LifecycleCommand,
  type LifecycleCommandKind,
} from '../../src/shared/complaints/lifecycle';
import { factsFromRow } from '../../src/main/services/complaints/facts';
import { CLEAN, FakeShare, FakeShareView, HOSTILE, type Adversary, type FakeShareOptions } from './fakeShare';
import { Rng } from './rng';

/**
 * The join step, as people do it: a computer already in the share shows a join code, the
 * newcomer joins with it, and the member accepts it (as its next sync would, done at once so
 * tests need not sync in any particular order). The one place tests know how a computer joins.
 */
export async function joinShareFrom(
  member: { context: SyncContext; fs: ShareFs },
  newcomer: SyncContext,
  fs: ShareFs,
  options: SyncOptions = {},
): Promise<void> {
  const { code } = await newJoinCode(member.context, member.fs);
  await joinShare(newcomer, fs, { ...options, code });
  await admitNewcomers(member.context, member.fs);
}

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;
/** Sim time starts here (a Monday morning), so every replica's wall clock is deterministic. */
export const SIM_EPOCH = Date.parse('2026-01-05T09:00:00.000Z');

/** Seeds to run: REDRESS_SYNC_SEEDS=200 runs 200 seeds (default `fallback`); "=17,42" runs exactly those. */
export function seedsFromEnv(fallback: number, offset = 1): number[] {
  const raw = process.env.REDRESS_SYNC_SEEDS;
  if (raw && raw.includes(',')) return raw.split(',').map((s) => Number(s.trim()));
  const n = raw ? Number(raw) : fallback;
  return Array.from({ length: n }, (_, i) => offset + i);
}

/**
 * The share: the in-memory adversarial fake, or a real folder (a temp dir by default, or `root`,
 * e.g. on an SMB mount; each simulation uses a fresh sub-folder of it) seen through NodeShareFs.
 */
export type ShareKind =
  | { kind: 'fake'; share?: Partial<FakeShareOptions> }
  | { kind: 'folder'; root?: string; make?: (root: string) => ShareFs }
  /** An object store (Azurite, an S3 server): `make` gives a view of one share, fresh to this simulation. */
  | { kind: 'store'; make: () => ShareFs };

export interface SimOptions {
  seed: number;
  replicas: number;
  share?: ShareKind;
  /** Clock offset of each replica from sim time (ms); missing entries are 0. */
  offsets?: number[];
  /** How each replica sees the share while working (fake share only). */
  adversary?: Partial<Adversary>;
  /** Also delete cases at random (off by default, so older seeds replay the same work). */
  deletes?: boolean;
  /**
   * Also run the complaint lifecycle at random: commands (acknowledge, extend, respond, escalate,
   * stage 2 by another officer, close, reopen, …), points and decisions, health and safety flags,
   * contact attempts, Ombudsman requests, parties, complaint details and policy edits. Off by
   * default, so older seeds replay the same work. Commands the rules refuse are skipped.
   */
  lifecycle?: boolean;
  /**
   * false: the share's files are not encrypted (still signed), for tests that cut, flip and
   * rebuild segment files line by line. Encryption adds authentication on top of that framing;
   * shareTrust.test.ts covers it.
   */
  encryption?: boolean;
}

type Kind = 'resident' | 'case' | 'contact' | 'point' | 'extension' | 'ombudsman' | 'party';

/** The table of each kind of record the simulation creates. */
const TABLES: Record<Kind, string> = {
  resident: 'residents',
  case: 'cases',
  contact: 'contacts',
  point: 'complaint_points',
  extension: 'extensions',
  ombudsman: 'ombudsman_requests',
  party: 'case_parties',
};

/** How often the random workload picks each lifecycle command the rules allow (merging ends a case: rare). */
const COMMAND_WEIGHTS: Record<LifecycleCommandKind, number> = {
  assign: 2,
  acknowledge: 8,
  respond: 8,
  escalate: 6,
  extend: 4,
  reopen: 4,
  close: 3,
  triage: 1,
  decline: 1,
  withdraw: 1,
  refuse_escalation: 2,
  merge: 1,
};

/** The outcome of a call the rules may refuse: VALIDATION (and only that) is an expected refusal. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; code: 'VALIDATION'; message: string };

export interface SyncOutcome {
  ok: boolean;
  report?: SyncReport;
  error?: unknown;
}

export class Replica {
  app!: RedressApp;
  online = true;
  readonly errors: string[] = [];

  constructor(
    readonly sim: Sim,
    readonly index: number,
    readonly serial: number,
    readonly dir: string,
    public offsetMs: number,
    public fs: ShareFs,
  ) {}

  /** Unique per simulation (replicas removed again never give their name to a new one). */
  get name(): string {
    return `r${this.serial}`;
  }

  get rid(): string {
    return this.app.context.installation.id;
  }

  /** A stopped clock (a dead CMOS battery): when set, `now` always returns it. */
  frozenAt: number | null = null;

  now = (): Date => new Date(this.frozenAt ?? this.sim.time + this.offsetMs);

  /** This replica's own changes, in the order it made them, carry strictly increasing clock values. */
  ownClockIncreasing(): string | null {
    const hlcs = this.rows<{ hlc: string }>(
      'SELECT hlc FROM changes WHERE replica_id = ? ORDER BY seq',
      this.rid,
    ).map((r) => r.hlc);
    for (let i = 1; i < hlcs.length; i++)
      if (!(hlcs[i]! > hlcs[i - 1]!)) return `${this.name}: ${hlcs[i - 1]} then ${hlcs[i]}`;
    return null;
  }

  async open(): Promise<void> {
    this.app = await openRedress({ unlock: TEST_UNLOCK, dataDir: this.dir, now: this.now });
  }

  async reopen(): Promise<void> {
    await this.app.close();
    await this.open();
  }

  async call<K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> {
    const result = await this.app.dispatch(procedure, input);
    if (!result.ok)
      throw new Error(
        `${this.name} ${procedure}: ${result.error.code} ${result.error.message} ${JSON.stringify(input)}`,
      );
    return result.value as OutputOf<K>;
  }

  /** A call the rules may refuse: a VALIDATION refusal is returned; any other failure throws. */
  async attempt<K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<Attempt<OutputOf<K>>> {
    const result = await this.app.dispatch(procedure, input);
    if (result.ok) return { ok: true, value: result.value as OutputOf<K> };
    if (result.error.code === 'VALIDATION')
      return { ok: false, code: 'VALIDATION', message: result.error.message };
    throw new Error(
      `${this.name} ${procedure}: ${result.error.code} ${result.error.message} ${JSON.stringify(input)}`,
    );
  }

  /** The person this installation's officer is (null for a pure reader). */
  get personId(): string | null {
    return this.app.context.me?.id ?? null;
  }

  /** Today's date on this replica's clock (the UK calendar date the lifecycle works in). */
  today(): string {
    return todayIso(this.now());
  }

  /** One sync through `fs` (default: this replica's view). Errors are returned, not thrown. */
  async sync(fs: ShareFs = this.fs): Promise<SyncOutcome> {
    try {
      return { ok: true, report: await syncOnce(this.app.context, fs) };
    } catch (error) {
      this.errors.push(String((error as Error)?.message ?? error));
      return { ok: false, error };
    }
  }

  /** A sync that must succeed. */
  async mustSync(fs: ShareFs = this.fs): Promise<SyncReport> {
    return syncOnce(this.app.context, fs);
  }

  hash(): string {
    return stateHash(this.app.context);
  }

  async attention(): Promise<AttentionItem[]> {
    return this.call('attention.list', {});
  }

  rows<T>(sql: string, ...params: unknown[]): T[] {
    return this.app.context.sqlite.prepare(sql).all(...params) as T[];
  }

  /** Ids of `kind` present in this store that the simulation created, in a replayable order. */
  known(kind: Kind): string[] {
    const table = TABLES[kind];
    const here = new Set(this.rows<{ id: string }>(`SELECT id FROM ${table}`).map((r) => r.id));
    return this.sim.created.filter((e) => e.kind === kind && here.has(e.id)).map((e) => e.id);
  }

  /** How many of these change clock values this store has applied. */
  countApplied(hlcs: readonly string[]): number {
    const have = new Set(this.rows<{ hlc: string }>('SELECT hlc FROM changes').map((r) => r.hlc));
    return hlcs.filter((h) => have.has(h)).length;
  }

  /** What people see, as a canonical dump: the synced columns of every projection, sorted. */
  projection(): string {
    const q = (sql: string) => JSON.stringify(this.rows(sql));
    return [
      q('SELECT id, name, initials, role FROM people ORDER BY id'),
      q('SELECT id, address_line1, postcode FROM properties ORDER BY id'),
      q('SELECT id, name, phone, vulnerable, support_needs, property_id FROM residents ORDER BY id'),
      q('SELECT id, reference, type, status, summary, resident_id, created_by FROM cases ORDER BY id'),
      q('SELECT id, channel, summary, resident_id, case_id, logged_by FROM contacts ORDER BY id'),
      // The complaint lifecycle (migration 4): a case's facts and the records that hang off it.
      q(
        `SELECT id, owner_id, received_on, stage1_acknowledged_on, stage1_handler_id, stage1_extended_to,
                stage1_responded_on, escalation_requested_on, stage2_acknowledged_on, stage2_handler_id,
                stage2_extended_to, stage2_responded_on, closed_on, closure_reason, merged_into_id,
                service_area, hs_risk, hs_risk_detail, is_group FROM cases ORDER BY id`,
      ),
      q('SELECT id, case_id, stage, point, decision, reasons, created_by FROM complaint_points ORDER BY id'),
      q('SELECT id, case_id, stage, new_due, reason, created_by FROM extensions ORDER BY id'),
      q(
        'SELECT id, case_id, kind, requested_on, due_on, done_on, created_by FROM ombudsman_requests ORDER BY id',
      ),
      q('SELECT id, case_id, resident_id, created_by FROM case_parties ORDER BY id'),
      q('SELECT id, value FROM settings ORDER BY id'),
    ].join('\n');
  }
}

export class Sim {
  time = SIM_EPOCH;
  readonly rng: Rng;
  readonly replicas: Replica[] = [];
  readonly fake: FakeShare | null;
  /** Every record the simulation created, in creation order (the replayable order used to pick ids). */
  readonly created: Array<{ kind: Kind; id: string; by: number }> = [];
  readonly log: string[] = [];
  /** Cases the simulation deleted: they must stay deleted everywhere. */
  readonly deletedCases = new Set<string>();
  private readonly root: string;
  private counter = 0;
  private serials = 0;

  private constructor(readonly options: SimOptions) {
    this.rng = new Rng(options.seed).fork('sim');
    this.root = mkdtempSync(join(tmpdir(), `redress-sync-${options.seed}-`));
    const share = options.share ?? { kind: 'fake' };
    this.fake = share.kind === 'fake' ? new FakeShare({ seed: options.seed, ...share.share }) : null;
    if (share.kind === 'folder') {
      this.shareRoot = mkdtempSync(join(share.root ?? this.root, `share-${options.seed}-`));
      this.makeFs = share.make ?? ((root) => new NodeShareFs(root));
    }
    if (share.kind === 'store') this.makeFs = () => share.make();
  }

  /** The folder of a real-folder share (null for the fake). */
  readonly shareRoot: string | null = null;
  private readonly makeFs: ((root: string) => ShareFs) | null = null;

  static async create(options: SimOptions): Promise<Sim> {
    const sim = new Sim(options);
    try {
      for (let i = 0; i < options.replicas; i++) await sim.addReplica(options.offsets?.[i] ?? 0);
    } catch (error) {
      await sim.close();
      throw error;
    }
    return sim;
  }

  /** A view of the share for replica `name`: the hostile one while working, or a clean one. */
  view(name: string, adversary: Partial<Adversary> = this.options.adversary ?? HOSTILE): ShareFs {
    if (this.fake) return this.fake.view(name, adversary, this.options.seed);
    return this.makeFs!(this.shareRoot ?? '');
  }

  cleanView(r: Replica): ShareFs {
    if (r.fs instanceof FakeShareView) return this.fake!.view(`${r.name}`, CLEAN).heal();
    return r.fs;
  }

  /** A new replica joining the share; `officer: false` for a pure reader (no changes of its own). */
  async addReplica(
    offsetMs = 0,
    o: { officer?: boolean; join?: boolean; role?: Role } = {},
  ): Promise<Replica> {
    const index = this.replicas.length;
    const serial = this.serials++;
    const r = new Replica(
      this,
      index,
      serial,
      join(this.root, `r${serial}`),
      offsetMs,
      null as unknown as ShareFs,
    );
    await r.open();
    r.fs = this.view(r.name);
    this.replicas.push(r);
    const initials = 'ABCDEFGHJKLMNPRSTUVWXYZ'[index % 23]! + 'Q';
    if (o.officer !== false)
      await r.call('people.setUpOfficer', {
        password: TEST_PASSWORD,
        name: `Officer ${index}`,
        initials,
        role: o.role ?? 'admin',
      });
    // A pure reader still has someone at the keyboard, but writes no person of its own.
    else actAs(r.app, { id: READER_ID, name: 'Reader', initials: 'RD', role: 'admin' });
    if (o.join === false) return r;
    const clean = this.cleanView(r);
    const member = this.replicas.find(
      (m) => m !== r && m.rows<{ value: string }>(`SELECT value FROM meta WHERE key = 'share_id'`).length > 0,
    );
    if (!member)
      await createShare(r.app.context, clean, {
        deviceLabel: `Laptop ${index}`,
        encryption: this.options.encryption,
      });
    else
      await joinShareFrom({ context: member.app.context, fs: this.cleanView(member) }, r.app.context, clean, {
        deviceLabel: `Laptop ${index}`,
      });
    return r;
  }

  /** A replica that exists only for `work` (a reader, a scratch store); closed and removed after. */
  async withTemporaryReplica<T>(
    o: { officer?: boolean; join?: boolean },
    work: (r: Replica) => Promise<T>,
  ): Promise<T> {
    const r = await this.addReplica(0, o);
    try {
      return await work(r);
    } finally {
      await r.app.close();
      this.replicas.splice(this.replicas.indexOf(r), 1);
    }
  }

  advance(ms: number): void {
    this.time += ms;
  }

  private token(): string {
    return `${this.options.seed}.${++this.counter}`;
  }

  /** One random piece of work on replica `r`, through the router like the UI would. */
  async randomOp(r: Replica): Promise<string> {
    const rng = this.rng;
    const residents = r.known('resident');
    const allCases = r.known('case');
    const deleted = new Set(
      r.rows<{ id: string }>('SELECT id FROM cases WHERE deleted_at IS NOT NULL').map((x) => x.id),
    );
    const cases = allCases.filter((id) => !deleted.has(id));
    const contacts = r.known('contact');
    const t = this.token();
    // Only with `lifecycle` on (its own draw, so seeds without it replay exactly as before).
    if (this.options.lifecycle && rng.chance(0.5)) return this.lifecycleOp(r, cases, residents, t);
    const roll = rng.int(100);
    if (roll < 12 || (residents.length === 0 && roll < 40)) {
      const withProperty = rng.chance(0.5);
      const res = await r.call('residents.create', {
        name: `${rng.pick(['Joan', 'Amir', 'Kasia', 'Tom', 'Ngozi', 'Li'])} ${rng.pick(['Okafor', 'Shah', 'Nowak', 'Reid'])} ${t}`,
        phone: rng.chance(0.5) ? `07700 9${String(rng.int(100000)).padStart(5, '0')}` : null,
        vulnerable: rng.chance(0.2),
        property: withProperty
          ? {
              addressLine1: `${rng.between(1, 200)} Canal Walk`,
              postcode: rng.pick(['LS11 5QQ', 'SE1 7PB', 'M1 1AE']),
            }
          : null,
      });
      this.created.push({ kind: 'resident', id: res.id, by: r.index });
      return `resident.create ${t}`;
    }
    if (roll < 22 && residents.length > 0) {
      const id = rng.pick(residents);
      const which = rng.int(4);
      const changes =
        which === 0
          ? { name: `Renamed ${t}` }
          : which === 1
            ? { phone: `0113 ${rng.between(100, 999)} ${rng.between(1000, 9999)}` }
            : which === 2
              ? { vulnerable: rng.chance(0.5) }
              : { supportNeeds: `Needs ${t}` };
      await r.call('residents.update', { id, changes });
      return `resident.update ${id.slice(-6)} ${Object.keys(changes)[0]}`;
    }
    if (roll < 42) {
      const openCase = rng.chance(0.6);
      const residentId = residents.length > 0 && rng.chance(0.7) ? rng.pick(residents) : null;
      const caseId = !openCase && cases.length > 0 && rng.chance(0.3) ? rng.pick(cases) : null;
      const res = await r.call('contacts.log', {
        residentId,
        caseId,
        channel: rng.pick(CHANNELS),
        summary: `Call ${t}: ${rng.pick(['mould in bedroom', 'boiler pressure', 'noise complaint', 'repair chase', 'thanks for the fence'])}`,
        openCaseAs: openCase ? rng.pick(CASE_TYPES) : null,
      });
      this.created.push({ kind: 'contact', id: res.contact.id, by: r.index });
      if (res.case) this.created.push({ kind: 'case', id: res.case.id, by: r.index });
      return `contacts.log ${t}${res.case ? ' +case' : ''}`;
    }
    if (roll < 50) {
      // Open a case, sometimes from an earlier call that has none (a `set` of the call's case_id),
      // sometimes for a resident other than the call's.
      const free = contacts.filter(
        (id) =>
          r.rows<{ case_id: string | null }>('SELECT case_id FROM contacts WHERE id = ?', id)[0]?.case_id ==
          null,
      );
      const fromContactId = free.length > 0 && rng.chance(0.5) ? rng.pick(free) : null;
      const residentId = residents.length > 0 && rng.chance(0.6) ? rng.pick(residents) : null;
      const res = await r.call('cases.open', {
        type: rng.pick(CASE_TYPES),
        summary: `Case ${t}`,
        residentId,
        fromContactId,
      });
      this.created.push({ kind: 'case', id: res.id, by: r.index });
      return `cases.open ${t}${fromContactId ? ' from call' : ''}`;
    }
    if (roll < 92 && cases.length > 0) {
      const id = rng.pick(cases);
      const changes: {
        type?: (typeof CASE_TYPES)[number];
        status?: (typeof OPENNESS)[number];
        summary?: string;
      } = {};
      const which = rng.int(5);
      if (which === 0 || which === 3) changes.status = rng.pick(OPENNESS);
      if (which === 1 || which === 3) changes.type = rng.pick(CASE_TYPES);
      if (which === 2 || which === 4) changes.summary = `Summary ${t}`;
      if (which === 4) changes.status = rng.pick(OPENNESS);
      // Closing, reopening or re-typing may be refused by the lifecycle's rules (a closed case is
      // reopened before it becomes a complaint), with or without the lifecycle workload running.
      const out = await r.attempt('cases.update', { id, changes });
      if (!out.ok) return `cases.update ${id.slice(-6)} ${Object.keys(changes).join('+')} refused`;
      return `cases.update ${id.slice(-6)} ${Object.keys(changes).join('+')}`;
    }
    if (this.options.deletes && roll < 94 && cases.length > 0) {
      const id = rng.pick(cases);
      await r.call('cases.delete', { id });
      this.deletedCases.add(id);
      return `cases.delete ${id.slice(-6)}`;
    }
    if (roll < 97) {
      const conflicts = (await r.attention()).filter(
        (a) => a.kind === 'conflict' && a.options.length > 1 && !deleted.has(a.entityId ?? ''),
      );
      if (conflicts.length > 0) {
        const item = rng.pick(conflicts);
        const chosen = rng.pick(item.options);
        await r.call('attention.resolveConflict', { id: item.id, chosen: chosen.hlc });
        return `resolve ${item.id}`;
      }
    }
    await r.call('cases.list', { limit: 5 });
    return 'read';
  }

  /** Records of `table` created by `work` (ids that were not there before), as created by `r`. */
  private async creating<T>(r: Replica, kind: Kind, work: () => Promise<T>): Promise<T> {
    const table = TABLES[kind];
    const before = new Set(r.rows<{ id: string }>(`SELECT id FROM ${table}`).map((x) => x.id));
    const out = await work();
    for (const { id } of r.rows<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`))
      if (!before.has(id)) this.created.push({ kind, id, by: r.index });
    return out;
  }

  /** A case's facts as the replica's store holds them. */
  facts(r: Replica, id: string): ComplaintFacts & { deleted: boolean } {
    const row = r.rows<Record<string, unknown>>('SELECT * FROM cases WHERE id = ?', id)[0]!;
    return { ...factsFromRow(row as never), deleted: row.deleted_at != null };
  }

  /** One random piece of complaint-lifecycle work on `r` (only with `lifecycle` on). */
  async lifecycleOp(r: Replica, cases: string[], residents: string[], t: string): Promise<string> {
    const rng = this.rng;
    const today = r.today();
    const complaints = cases.filter((id) => this.facts(r, id).type === 'complaint');
    const roll = rng.int(100);
    const short = (id: string) => id.slice(-6);
    if (roll < 10 || cases.length === 0) {
      const res = await r.call('cases.open', {
        type: rng.chance(0.85) ? 'complaint' : rng.pick(CASE_TYPES),
        summary: `Complaint ${t}`,
        residentId: residents.length > 0 && rng.chance(0.7) ? rng.pick(residents) : null,
        fromContactId: null,
      });
      this.created.push({ kind: 'case', id: res.id, by: r.index });
      return `cases.open complaint ${t}`;
    }
    // Mostly complaints, and mostly those already in a stage, so cases get deep into the Code.
    const staged = complaints.filter((c) => this.facts(r, c).status !== 'closed');
    const pool =
      staged.length > 0 && rng.chance(0.75)
        ? staged
        : complaints.length > 0 && rng.chance(0.85)
          ? complaints
          : cases;
    const id = rng.pick(pool);
    if (roll < 55) {
      const facts = this.facts(r, id);
      const allowed = allowedCommands(facts);
      // Mostly what the rules offer, weighted towards moving on through the stages; now and then
      // anything at all (the rules must refuse it cleanly).
      const weighted = allowed.flatMap((k) => Array<LifecycleCommandKind>(COMMAND_WEIGHTS[k]).fill(k));
      const kind: LifecycleCommandKind =
        weighted.length > 0 && rng.chance(0.9)
          ? rng.pick(weighted)
          : rng.pick(['triage', 'acknowledge', 'extend', 'respond', 'escalate', 'close', 'reopen'] as const);
      const command = await this.buildCommand(r, id, facts, kind, today, t);
      const out = await r.attempt('cases.command', { id, command } as InputOf<'cases.command'>);
      return `cases.command ${short(id)} ${kind}${out.ok ? ` → ${out.value.case.status}` : ` refused (${facts.status}: ${out.message.slice(0, 70)})`}`;
    }
    if (roll < 66) {
      const out = await this.creating(r, 'point', () =>
        r.attempt('points.add', {
          caseId: id,
          point: `Point ${t}: ${rng.pick(['repair not done', 'not called back', 'mould returned', 'rude contractor'])}`,
          outcomeSought: rng.chance(0.6) ? `Wants ${t}` : null,
          outcomePossible: rng.chance(0.5) ? rng.pick(OUTCOME_POSSIBLE) : null,
          possibilityNote: null,
        }),
      );
      return `points.add ${short(id)}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 78) {
      // Points of live cases (a deleted case's page is gone; see complaints.test.ts for why it matters).
      const points = r.rows<{ id: string; case_id: string; decision: string | null }>(
        `SELECT p.id, p.case_id, p.decision FROM complaint_points p JOIN cases c ON c.id = p.case_id
          WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY p.id`,
      );
      if (points.length === 0) return 'points.update none';
      // Mostly an undecided point, of the case picked above if it has one (a response needs them all).
      const undecided = points.filter((p) => p.decision === null);
      const here = undecided.filter((p) => p.case_id === id);
      const point =
        here.length > 0 && rng.chance(0.7)
          ? rng.pick(here)
          : undecided.length > 0 && rng.chance(0.7)
            ? rng.pick(undecided)
            : rng.pick(points);
      const changes = rng.chance(0.85)
        ? { decision: rng.pick(POINT_DECISIONS), ...(rng.chance(0.5) ? { reasons: `Because ${t}` } : {}) }
        : { outcomeSought: `Now wants ${t}` };
      const out = await r.attempt('points.update', { id: point.id, changes });
      return `points.update ${short(point.id)} ${Object.keys(changes).join('+')}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 83) {
      const risk = rng.chance(0.7);
      const out = await r.attempt('cases.healthAndSafety', {
        id,
        risk,
        detail: risk ? `Risk ${t}` : null,
        toldWhom: risk && rng.chance(0.6) ? 'Head of Housing' : null,
        toldAt: risk && rng.chance(0.5) ? r.now().toISOString() : null,
      });
      return `cases.healthAndSafety ${short(id)} ${risk}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 88) {
      const out = await this.creating(r, 'contact', () =>
        r.attempt('cases.contactAttempt', {
          caseId: id,
          at: r.now().toISOString(),
          channel: rng.pick(CHANNELS),
          outcome: rng.pick(['reached', 'no_answer', 'message_left'] as const),
          note: rng.chance(0.3) ? `Attempt ${t}` : null,
        }),
      );
      return `cases.contactAttempt ${short(id)}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 92) {
      const open = r.rows<{ id: string }>(
        `SELECT o.id FROM ombudsman_requests o JOIN cases c ON c.id = o.case_id
          WHERE o.done_on IS NULL AND o.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY o.id`,
      );
      if (open.length > 0 && rng.chance(0.3)) {
        const req = rng.pick(open);
        const out = await r.attempt('ombudsman.markDone', { id: req.id, doneOn: today });
        return `ombudsman.markDone ${short(req.id)}${out.ok ? '' : ' refused'}`;
      }
      const out = await this.creating(r, 'ombudsman', () =>
        r.attempt('ombudsman.addRequest', {
          caseId: id,
          kind: rng.pick(['evidence', 'order'] as const),
          detail: `Ombudsman asks ${t}`,
          requestedOn: today,
          dueOn: rng.chance(0.3) ? addWorkingDays(this.calendar(r), today, rng.between(5, 20)) : null,
        }),
      );
      return `ombudsman.addRequest ${short(id)}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 95) {
      const { policy } = await r.call('policy.get', {});
      const next = { ...policy, closureDays: [...policy.closureDays] };
      const which = rng.int(4);
      if (which === 0) next.stage1ResponseDays = rng.between(5, 15);
      else if (which === 1) next.stage2ResponseDays = rng.between(10, 25);
      else if (which === 2) next.acknowledgeDays = rng.between(2, 8);
      else next.stage1ExtensionDays = rng.between(5, 15);
      const out = await r.attempt('policy.update', { policy: next });
      return `policy.update ${Object.keys(next)[which]}${out.ok ? '' : ' refused'}`;
    }
    if (roll < 97 && residents.length > 0) {
      const residentId = rng.pick(residents);
      const out = await this.creating(r, 'party', () =>
        r.attempt('cases.addParty', { caseId: id, residentId }),
      );
      return `cases.addParty ${short(id)}${out.ok ? '' : ' refused'}`;
    }
    const changes = rng.chance(0.5)
      ? { serviceArea: rng.pick(SERVICE_AREAS) }
      : { responsibilityNote: `Ours ${t}`, communicationArrangements: rng.chance(0.5) ? 'Email only' : null };
    const out = await r.attempt('cases.updateComplaint', { id, changes });
    return `cases.updateComplaint ${short(id)} ${Object.keys(changes).join('+')}${out.ok ? '' : ' refused'}`;
  }

  /** The replica's working calendar, from the policy its store holds. */
  calendar(r: Replica) {
    const rows = r.rows<{ id: string; value: string }>(
      `SELECT id, value FROM settings WHERE id LIKE 'policy.%'`,
    );
    return calendarFor(
      Object.fromEntries(rows.map((x) => [x.id.slice('policy.'.length), JSON.parse(x.value)])) as never,
    );
  }

  /** A plausible lifecycle command of `kind` for a case (the rules still decide whether it is allowed). */
  async buildCommand(
    r: Replica,
    caseId: string,
    facts: ComplaintFacts,
    kind: LifecycleCommandKind,
    today: string,
    t: string,
  ): Promise<LifecycleCommand> {
    const rng = this.rng;
    switch (kind) {
      case 'triage':
        return { kind, type: rng.chance(0.5) ? 'complaint' : rng.pick(CASE_TYPES), on: today };
      case 'decline':
        return { kind, on: today, reason: rng.pick(EXCLUSION_REASONS), explanation: `Not accepted ${t}` };
      case 'acknowledge': {
        // Stage 2 goes to someone other than the stage 1 handler: often another installation's officer.
        const people = r
          .rows<{ id: string }>('SELECT id FROM people ORDER BY id')
          .map((p) => p.id)
          .filter((p) => p !== facts.stage1HandlerId);
        const handlerId =
          facts.status === 'stage2_requested' && people.length > 0 && rng.chance(0.6)
            ? rng.pick(people)
            : null;
        return { kind, on: today, how: rng.pick(CHANNELS), handlerId } as LifecycleCommand;
      }
      case 'assign': {
        const people = r.rows<{ id: string }>('SELECT id FROM people ORDER BY id').map((p) => p.id);
        return { kind, handlerId: rng.pick(people) };
      }
      case 'extend': {
        const { policy } = await r.call('policy.get', {});
        const cal = calendarFor(policy);
        const current = currentResponseDue(facts, policy, cal) ?? today;
        return {
          kind,
          newDue: addWorkingDays(cal, current, rng.between(1, 6)),
          reason: `Waiting for a survey ${t}`,
          residentToldOn: today,
          exceptionalReason: rng.chance(0.3) ? `Exceptional ${t}` : null,
        };
      }
      case 'respond':
        return { kind, on: today };
      case 'escalate':
        return { kind, requestedOn: today, reason: rng.chance(0.5) ? `Unhappy ${t}` : null };
      case 'refuse_escalation':
        return { kind, on: today, reason: rng.pick(EXCLUSION_REASONS), explanation: `Refused ${t}` };
      case 'close':
        return { kind, on: today, note: rng.chance(0.5) ? `Closed ${t}` : null };
      case 'withdraw':
        return { kind, on: today, note: `Resident withdrew ${t}` };
      case 'merge': {
        const others = r
          .rows<{ id: string }>(
            'SELECT id FROM cases WHERE deleted_at IS NULL AND id <> ? ORDER BY id',
            caseId,
          )
          .map((c) => c.id);
        return { kind, on: today, intoCaseId: others.length > 0 ? rng.pick(others) : caseId };
      }
      case 'reopen':
        return { kind, on: today, note: `Reopened ${t}` };
    }
  }

  /**
   * The working phase: `ops` random operations on random online replicas; replicas go offline and
   * come back; each step a replica may sync through its (hostile) view. Sync failures are allowed
   * here (the share may be gone); they must just never lose or corrupt anything.
   */
  async work(
    ops: number,
    o: {
      syncRate?: number;
      offlineRate?: number;
      maxStepMs?: number;
      onStep?: (step: number) => Promise<void> | void;
    } = {},
  ): Promise<void> {
    const syncRate = o.syncRate ?? 0.35;
    const offlineRate = o.offlineRate ?? 0.08;
    for (let step = 0; step < ops; step++) {
      this.advance(this.rng.between(1, o.maxStepMs ?? 90_000));
      for (const r of this.replicas) if (this.rng.chance(offlineRate)) r.online = !r.online;
      const r = this.rng.pick(this.replicas);
      this.log.push(`${step} ${r.name}: ${await this.randomOp(r)}`);
      while (this.rng.chance(syncRate)) {
        const s = this.rng.pick(this.replicas);
        if (!s.online) continue;
        const out = await s.sync();
        this.log.push(
          `${step} ${s.name}: sync ${out.ok ? `ok +${out.report!.imported}/-${out.report!.exported}` : `failed ${String((out.error as Error)?.message ?? out.error).slice(0, 80)}`}`,
        );
      }
      await o.onStep?.(step);
    }
  }

  /**
   * Everyone online, clean share: sync round after round until every hash is equal and a whole
   * round changes nothing. Returns the number of rounds it took, or throws with the hashes.
   */
  async quiesce(maxRounds = 8): Promise<number> {
    for (const r of this.replicas) r.online = true;
    let previous = '';
    for (let round = 1; round <= maxRounds; round++) {
      this.advance(60_000);
      for (const r of this.replicas) {
        await r.mustSync(this.cleanView(r));
      }
      const hashes = this.replicas.map((r) => r.hash());
      const now = hashes.join(',');
      if (round >= 2 && new Set(hashes).size === 1 && now === previous) return round;
      previous = now;
    }
    return -1;
  }

  /** Segment files of replica `r` on the fake share, in sequence order. */
  segmentsOf(r: Replica): string[] {
    return this.fake!.paths().filter(
      (p) => p.startsWith(`replicas/${r.rid}/seg/`) && /\/\d{10}-[0-9a-f]{16}\.seg$/.test(p),
    );
  }

  hashes(): string[] {
    return this.replicas.map((r) => r.hash());
  }

  /** Record ids the simulation created that `r` does not have. */
  missing(r: Replica): string[] {
    const have = new Set(
      [...new Set(Object.values(TABLES))].flatMap((table) =>
        r.rows<{ id: string }>(`SELECT id FROM ${table}`).map((x) => x.id),
      ),
    );
    return this.created.filter((e) => !have.has(e.id)).map((e) => `${e.kind}:${e.id} (by r${e.by})`);
  }

  /** A description of how replicas differ, for failure messages. */
  diff(): string {
    const lines: string[] = [`seed ${this.options.seed}`];
    const base = this.replicas[0]!;
    const baseRows = base.projection().split('\n');
    for (const r of this.replicas) {
      lines.push(
        `${r.name} rid=${r.rid.slice(-8)} offset=${r.offsetMs} hash=${r.hash().slice(0, 12)} missing=${this.missing(r).length} pending=${r.rows('SELECT hlc FROM pending_ops').length} changes=${r.rows('SELECT hlc FROM changes').length} errors=${r.errors.slice(-2).join(' | ')}`,
      );
      if (r === base) continue;
      const rows = r.projection().split('\n');
      rows.forEach((t, i) => {
        if (t !== baseRows[i])
          lines.push(
            `  projection table ${i} differs from r0:\n    r0: ${baseRows[i]!.slice(0, 600)}\n    ${r.name}: ${t.slice(0, 600)}`,
          );
      });
      const a = new Set(base.rows<{ hlc: string }>('SELECT hlc FROM changes').map((x) => x.hlc));
      const b = new Set(r.rows<{ hlc: string }>('SELECT hlc FROM changes').map((x) => x.hlc));
      const onlyA = [...a].filter((h) => !b.has(h));
      const onlyB = [...b].filter((h) => !a.has(h));
      if (onlyA.length || onlyB.length)
        lines.push(
          `  changes only in r0: ${onlyA.slice(0, 5).join(' ')}; only in ${r.name}: ${onlyB.slice(0, 5).join(' ')}`,
        );
    }
    lines.push('last steps:', ...this.log.slice(-15));
    return lines.join('\n');
  }

  async close(): Promise<void> {
    for (const r of this.replicas) await r.app?.close().catch(() => undefined);
    rmSync(this.root, { recursive: true, force: true });
    if (this.shareRoot && !this.shareRoot.startsWith(this.root))
      rmSync(this.shareRoot, { recursive: true, force: true });
  }
}

/**
 * The standard convergence check after quiescence: equal canonical hashes, equal projections,
 * nothing anyone created missing anywhere, nothing pending, and no file of anyone's removed by
 * someone else. Returns a failure description, or null when all is well.
 */
export async function checkConverged(sim: Sim, rounds: number): Promise<string | null> {
  const hashes = sim.hashes();
  const problems: string[] = [];
  if (rounds < 0) problems.push('did not quiesce within the round limit');
  if (new Set(hashes).size !== 1)
    problems.push(`state hashes differ: ${hashes.map((h) => h.slice(0, 12)).join(' ')}`);
  const projections = sim.replicas.map((r) => r.projection());
  if (new Set(projections).size !== 1) problems.push('projections differ');
  for (const r of sim.replicas) {
    const missing = sim.missing(r);
    if (missing.length > 0)
      problems.push(`${r.name} is missing ${missing.length} records: ${missing.slice(0, 3).join(', ')}`);
    const resurrected = [...sim.deletedCases].filter(
      (id) => r.rows(`SELECT id FROM cases WHERE id = ? AND deleted_at IS NULL`, id).length > 0,
    );
    if (resurrected.length > 0)
      problems.push(
        `${r.name} shows ${resurrected.length} deleted cases as live: ${resurrected.slice(0, 3).join(', ')}`,
      );
    const waiting = r.rows<{ reason: string }>(`SELECT reason FROM pending_ops WHERE reason = 'waiting'`);
    if (waiting.length > 0)
      problems.push(`${r.name} still has ${waiting.length} changes waiting for related records`);
  }
  if (sim.fake && sim.fake.foreignRemoves.length > 0)
    problems.push(`files removed by a non-writer: ${JSON.stringify(sim.fake.foreignRemoves.slice(0, 3))}`);
  return problems.length ? `${problems.join('\n')}\n${sim.diff()}` : null;
}

/** Runs one full convergence scenario for a seed and returns null or a failure description. */
export async function convergenceRun(
  options: SimOptions & {
    ops: number;
    syncRate?: number;
    maxStepMs?: number;
    /** More checks once the standard ones pass (null when all is well). */
    check?: (sim: Sim) => Promise<string | null>;
  },
): Promise<string | null> {
  const sim = await Sim.create(options);
  try {
    await sim.work(options.ops, { syncRate: options.syncRate, maxStepMs: options.maxStepMs });
    const rounds = await sim.quiesce();
    const failure = await checkConverged(sim, rounds);
    if (failure || !options.check) return failure;
    const more = await options.check(sim);
    return more ? `${more}\n${sim.diff()}` : null;
  } catch (error) {
    return `seed ${options.seed}: threw ${(error as Error).stack ?? String(error)}\n${sim.log.slice(-10).join('\n')}`;
  } finally {
    await sim.close();
  }
}
