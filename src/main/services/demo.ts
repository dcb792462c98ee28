// Demo data for first run and for benchmarks: the same generator behind `seed --cases N`, the
// welcome screen's "Add demo data" and `npm start -- --demo`. Written in bulk through prepared
// statements, with the same audit records and search index entries as records made one at a time.
//
// The writing is a sequence of steps (a few hundred rows each, one transaction each). Benchmarks
// run them back to back (seedStore); calls through the router run them one at a time, handing the
// event loop back between steps (seedInSteps), so the other calls of a running app are answered
// while a large seed is under way instead of after it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ParsedInputOf } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import type { SeedResult } from '../../shared/contract/types';
import { formatCaseReference } from '../../shared/domain/caseReference';
import { uuidv7 } from '../../shared/domain/ids';
import { demoCase, demoResident, FOLLOW_UP_NOTES } from '../demo/generate';
import { FIRST_NAMES, SURNAMES } from '../demo/vocabulary';
import { pick, seededRandom } from '../demo/random';
import { residentFtsRow } from '../db/fts';
import { markCommitted, type ServiceContext } from '../store/context';
import { DEFAULT_REFERENCE_PREFIX } from './cases';
import { createdPayload } from '../store/changes';
import { ChainCursor, chained } from '../store/auditChain';
import { SCHEMA_VERSION } from '../db/migrations';
import { CODE_POLICY } from '../../shared/complaints/policy';
import { todayIso } from '../../shared/complaints/calendar';
import type BetterSqlite3 from 'better-sqlite3';
import type { Investigation } from '../demo/investigation';
import type { JourneyColumns } from '../demo/complaintJourney';
import { calendarFor } from '../calendars';
import { complaintJourney } from '../demo/complaintJourney';
import { reportingJourney } from '../demo/reportingJourney';
import { reportingYear, reportingYearOf } from '../../shared/reporting/period';
import { DEMO_FILES } from '../demo/files';
import { investigation, SHOWCASES, type Colleague, type Showcase } from '../demo/investigation';
import { IMPROVEMENTS, TEAMS } from '../demo/vocabulary';
import { writeDemoBlob } from './demoBlobs';
import { seedLetters } from './letters/seedLetters';
import { DEMO_HOUSE_STYLE, demoLogoPng } from '../demo/houseStyle';
import { HOUSE_STYLE_SETTING, houseStyleSchema } from './letters/houseStyle';
import { officerShare } from '../demo/officerShare';
import { healthAndSafetyColumns, writeOfficerExtras } from './demoOfficerShare';

const DAY = 86_400_000;
/** Rows per transaction when nothing else is waiting (benchmarks, screenshots): fastest. */
const BULK_STEP = 5_000;
/**
 * Cases per transaction when calls may be waiting: each step blocks the process for this many
 * cases' worth of work (0.2–0.5 ms a case with its calls, audit rows and index entries, more as
 * the store grows), so another call waits at most one step: measured on 100,000 cases, 125 ms
 * at the 99th percentile and 265 ms at worst (a WAL checkpoint), against 30 s for the whole seed
 * in one go. Smaller steps cost a commit (an fsync) each for little gain.
 */
export const SHARED_STEP = 250;
/** Progress is told at most this often (in cases), and at the end. */
const PROGRESS_EVERY = 5_000;

export interface SeedOptions {
  cases: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** Checked inside the first step's transaction: throw to refuse before anything is written. */
  precondition?: () => void;
  /** The first day cases are spread from (ms); left out, a span that grows with the number of cases. */
  since?: number;
}

/** `seed --cases N` and other scripts: into any store (the person running it chose to). */
export async function seedDemoData(
  ctx: ServiceContext,
  input: ParsedInputOf<'demo.seed'>,
  onProgress?: SeedOptions['onProgress'],
): Promise<SeedResult> {
  // Over the last two reporting years (1 April of last year's to today), so the performance
  // reports have a full year and the current one to show.
  const lastYear = reportingYear(reportingYearOf(todayIso(ctx.now())) - 1);
  const since = Date.parse(`${lastYear.from}T00:00:00.000Z`);
  const result = await seedInSteps(ctx, { cases: input.cases, seed: input.seed, onProgress, since });
  return withLetters(ctx, result, input.cases, input.seed);
}

/** Letters already issued on the seeded complaints' responses: about one in ten cases, at most 100. */
async function withLetters(
  ctx: ServiceContext,
  result: SeedResult,
  cases: number,
  seed: number | undefined,
): Promise<SeedResult> {
  const letters = await seedLetters(ctx, Math.min(100, Math.ceil(cases / 10)), seed ?? cases);
  return { ...result, letters };
}

/** The welcome screen and `--demo`: only into a store with nothing in it, not joined to a share. */
export async function seedEmptyStore(
  ctx: ServiceContext,
  input: ParsedInputOf<'demo.seedEmptyStore'>,
): Promise<SeedResult> {
  const result = await seedInSteps(ctx, {
    cases: input.cases,
    precondition: () => {
      const share = ctx.sync?.status();
      if (share?.path) {
        throw new AppError(
          'CONFLICT',
          'Demo data is not added to a computer connected to a central share: it would reach every computer.',
        );
      }
      const someRecord = ctx.sqlite
        .prepare(
          'SELECT 1 FROM cases UNION ALL SELECT 1 FROM residents UNION ALL SELECT 1 FROM contacts LIMIT 1',
        )
        .get();
      if (someRecord) {
        throw new AppError(
          'CONFLICT',
          'Demo data is only added to an empty store, and this one already has residents, calls or cases.',
        );
      }
    },
  });
  return withLetters(ctx, result, input.cases, undefined);
}

/** Stores with a seed under way: a second one at the same time is refused. */
const seeding = new WeakSet<ServiceContext>();

/**
 * Runs the seed one step at a time. Each step holds the store's connection (the same lock a
 * write's transaction holds, so a step never lands inside another call's open transaction), and
 * between steps the event loop turns, so waiting calls are answered.
 */
export async function seedInSteps(ctx: ServiceContext, options: SeedOptions): Promise<SeedResult> {
  if (seeding.has(ctx))
    throw new AppError('CONFLICT', 'Demo data is already being added; wait for it to finish.');
  seeding.add(ctx);
  try {
    const steps = seedSteps(ctx, options, SHARED_STEP);
    for (;;) {
      const next = await ctx.db.connection().execute(async () => steps.next());
      // Each step has committed: a later failure must not say that nothing was saved.
      markCommitted();
      if (next.done) return next.value;
      await nextTurn();
    }
  } finally {
    seeding.delete(ctx);
  }
}

/** Benchmarks and screenshots: the whole seed at once, in large transactions. */
export function seedStore(ctx: ServiceContext, options: SeedOptions): SeedResult {
  const steps = seedSteps(ctx, options, BULK_STEP);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The seed as steps: each `yield` comes after one committed transaction. */
function* seedSteps(ctx: ServiceContext, options: SeedOptions, step: number): Generator<void, SeedResult> {
  const started = performance.now();
  const db = ctx.sqlite;
  const random = seededRandom(options.seed ?? Date.now());
  const now = ctx.now().getTime();
  const rid = ctx.installation.id;

  const insertChange = db.prepare(
    `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash)
     VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv, @chain_pos, @chain_hash)`,
  );
  const chain = new ChainCursor(db, rid);
  const created = (actor: string, entity: string, row: Record<string, unknown> & { id: string }) => {
    insertChange.run(
      chain.chained({
        hlc: ctx.clock.next(),
        replica_id: rid,
        actor_id: actor,
        entity,
        entity_id: row.id,
        op: 'create',
        field: null,
        old_value: null,
        new_value: createdPayload(row),
        prev: null,
        sv: SCHEMA_VERSION,
      }),
    );
  };

  // Officers: about one per 2,000 cases, as in a landlord with a complaints team.
  const officerCount = Math.min(500, Math.max(5, Math.round(options.cases / 2000)));
  const insertPerson = db.prepare(
    `INSERT INTO people (id, name, role, initials, created_at, email, phone, team, active, updated_at)
     VALUES (@id, @name, @role, @initials, @created_at, @email, @phone, @team, @active, @updated_at)`,
  );
  const officers: string[] = [];
  const colleagues: Colleague[] = [];
  const managers: Colleague[] = [];
  /** Inserts any row and logs its creation, with one prepared statement per table and column list. */
  const statements = new Map<string, BetterSqlite3.Statement>();
  const insert = (
    table: string,
    entity: string,
    actor: string,
    row: Record<string, unknown> & { id: string },
  ) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      statements.set(key, statement);
    }
    statement.run(row);
    created(actor, entity, row);
  };
  const improvements = new Map<string, string[]>();
  const allImprovements: string[] = [];
  db.transaction(() => {
    options.precondition?.();
    for (let i = 0; i < officerCount; i++) {
      const name = `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
      const role = i % 10 === 0 ? 'manager' : 'officer';
      const row = {
        id: uuidv7(),
        name,
        role,
        initials:
          name
            .split(/\s+/)
            .map((w) => w[0])
            .join('')
            .replace(/[^A-Za-z]/g, '')
            .slice(0, 4)
            .toUpperCase() || 'X',
        created_at: new Date(now).toISOString(),
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@landlord.example.org`,
        // 0113 496 0xxx is Ofcom's range reserved for drama: never a real number.
        phone: `0113 496 0${String(100 + i).slice(-3)}`,
        team: i === 0 ? 'Complaints team' : pick(random, TEAMS),
        active: 1,
        updated_at: new Date(now).toISOString(),
      };
      insertPerson.run(row);
      created(row.id, 'person', row);
      officers.push(row.id);
      const colleague = { id: row.id, name: row.name, email: row.email, phone: row.phone };
      colleagues.push(colleague);
      if (role === 'manager') managers.push(colleague);
    }
    // The service improvement tracker ("you said, we did"), some done, some under way.
    IMPROVEMENTS.forEach((template, i) => {
      const status = i < 3 ? 'done' : i < 5 ? 'in_progress' : 'proposed';
      const at = new Date(now - (IMPROVEMENTS.length - i) * 20 * DAY).toISOString();
      const row = {
        id: uuidv7(now - (IMPROVEMENTS.length - i) * 20 * DAY),
        title: template.title,
        owner: template.owner,
        status,
        service_area: template.area,
        you_said: template.youSaid,
        we_did: status === 'proposed' || template.weDid === '' ? null : template.weDid,
        created_by: officers[0]!,
        created_at: at,
        updated_at: at,
      };
      insert('improvements', 'improvement', row.created_by, row);
      improvements.set(template.area, [...(improvements.get(template.area) ?? []), row.id]);
      allImprovements.push(row.id);
    });
    seedHouseStyle(ctx, officers[0]!);
  })();
  chain.forget();
  yield;
  // The officer trying the demo gets a share of the work, so "My work" has something in it.
  if (ctx.me) {
    officers.push(ctx.me.id);
    colleagues.push({ id: ctx.me.id, name: ctx.me.name, email: null, phone: null });
  }
  // The demo's attachment files, stored once each beside the store.
  const files = DEMO_FILES.map((f) => ({ ...f, sha256: writeDemoBlob(ctx.dataDir, f.bytes) }));
  const panel = db
    .prepare<[], { value: string }>(`SELECT value FROM settings WHERE id = 'remedies.panelThresholdPence'`)
    .get();
  const want = new Set<Showcase>(SHOWCASES);

  const insertProperty = db.prepare(
    `INSERT INTO properties (id, address_line1, address_line2, town, postcode, uprn, tenure, created_at, created_by, updated_at)
     VALUES (@id, @address_line1, @address_line2, @town, @postcode, @uprn, @tenure, @created_at, @created_by, @updated_at)`,
  );
  const insertResident = db.prepare(
    `INSERT INTO residents (id, name, phone, email, preferred_contact_method, preferred_contact_times, reasonable_adjustments,
       support_needs, vulnerable, representative_name, representative_relationship, representative_contact,
       representative_consent, representative_consent_on, property_id, created_at, created_by, updated_at)
     VALUES (@id, @name, @phone, @email, @preferred_contact_method, @preferred_contact_times, @reasonable_adjustments,
       @support_needs, @vulnerable, @representative_name, @representative_relationship, @representative_contact,
       @representative_consent, @representative_consent_on, @property_id, @created_at, @created_by, @updated_at)`,
  );
  const indexResident = db.prepare(
    'INSERT INTO resident_fts (rowid, name, phone, email, address, postcode) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const JOURNEY = [
    'received_on',
    'owner_id',
    'service_area',
    'stage1_acknowledged_on',
    'stage1_acknowledged_how',
    'stage1_handler_id',
    'stage1_responded_on',
    'escalation_requested_on',
    'stage2_acknowledged_on',
    'stage2_acknowledged_how',
    'stage2_handler_id',
    'stage2_responded_on',
    'closed_on',
    'closure_reason',
    'closure_note',
    'decline_reason',
    'decline_explanation',
    'stage1_extended_to',
    'stage2_extended_to',
    'escalation_refusal_reason',
    'escalation_refusal_explanation',
    'ombudsman_reference',
    'ombudsman_determination',
    'ombudsman_determined_on',
    'root_cause',
    'lesson_learned',
    'actions_manager',
    'satisfaction_handling',
    'satisfaction_outcome',
    'satisfaction_comment',
    'satisfaction_asked_on',
    'hs_risk',
    'hs_risk_detail',
    'hs_told_whom',
    'hs_told_at',
  ];
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, type, status, summary, resident_id, created_by, created_at, updated_at, ${JOURNEY.join(', ')})
     VALUES (@id, @reference, @type, @status, @summary, @resident_id, @created_by, @created_at, @updated_at, ${JOURNEY.map((c) => `@${c}`).join(', ')})`,
  );
  const policy = { ...CODE_POLICY, closureDays: [] };
  const calendar = calendarFor(policy);
  const indexCase = db.prepare(
    'INSERT INTO case_fts (rowid, reference, summary, resident) VALUES (?, ?, ?, ?)',
  );
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, occurred_at, channel, direction, summary, resident_id, case_id, logged_by, created_at)
     VALUES (@id, @occurred_at, @channel, @direction, @summary, @resident_id, @case_id, @logged_by, @created_at)`,
  );
  const readSeq = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const writeMeta = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const prefix = readSeq.get('reference_prefix')?.value ?? DEFAULT_REFERENCE_PREFIX;

  // About one resident per three cases: some residents come back again and again.
  const residentCount = Math.max(1, Math.ceil(options.cases / 3));
  const residents: Array<{ id: string; name: string }> = [];
  // Roughly a mid-sized landlord's flow of contacts (a case every 45 minutes), within 3 months to 7 years.
  const span =
    options.since !== undefined
      ? now - options.since
      : Math.min(7 * 365 * DAY, Math.max(90 * DAY, options.cases * 45 * 60_000));
  const start = now - span;
  // Residents are cheaper than cases (no calls, no journey): twice as many to a step.
  for (let from = 0; from < residentCount; from += step * 2) {
    db.transaction(() => {
      for (let i = from; i < Math.min(residentCount, from + step * 2); i++) {
        const r = demoResident(random);
        const actor = pick(random, officers);
        const at = new Date(start + (span * i) / residentCount / 2).toISOString();
        const property = {
          id: uuidv7(),
          address_line1: r.property.addressLine1,
          address_line2: null,
          town: r.property.town,
          postcode: r.property.postcode,
          uprn: r.property.uprn,
          tenure: r.property.tenure,
          created_at: at,
          created_by: actor,
          updated_at: at,
        };
        insertProperty.run(property);
        created(actor, 'property', property);
        const row = {
          id: uuidv7(),
          name: r.name,
          phone: r.phone,
          email: r.email,
          preferred_contact_method: r.preferredContactMethod,
          preferred_contact_times: r.preferredContactTimes,
          reasonable_adjustments: r.reasonableAdjustments,
          support_needs: r.supportNeeds,
          vulnerable: r.vulnerable ? 1 : 0,
          representative_name: r.representative?.name ?? null,
          representative_relationship: r.representative?.relationship ?? null,
          representative_contact: r.representative?.contact ?? null,
          representative_consent: r.representative?.consent ? 1 : 0,
          // Consent is recorded with the day it was given: the day the demo resident was added.
          representative_consent_on: r.representative?.consent ? at.slice(0, 10) : null,
          property_id: property.id,
          created_at: at,
          created_by: actor,
          updated_at: at,
        };
        const n = insertResident.run(row).lastInsertRowid;
        created(actor, 'resident', row);
        const f = residentFtsRow({
          name: row.name,
          phone: row.phone,
          email: row.email,
          address: `${property.address_line1}, ${property.town}`,
          postcode: property.postcode,
        });
        indexResident.run(n, f.name, f.phone, f.email, f.address, f.postcode);
        residents.push({ id: row.id, name: row.name });
      }
      writeMeta.run('hlc', ctx.clock.current());
    })();
    chain.forget();
    yield;
  }

  const today = todayIso(new Date(now));
  const writeInvestigation = (found: Investigation, officer: string, caseId: string, closedOn: string) => {
    for (const r of found.points) insert('complaint_points', 'complaint_point', officer, r);
    for (const r of found.notes) insert('case_notes', 'case_note', officer, r);
    for (const r of found.tasks) insert('investigation_tasks', 'investigation_task', officer, r);
    for (const r of found.remedies) insert('remedies', 'remedy', officer, r);
    for (const r of found.actions) insert('promised_actions', 'promised_action', officer, r);
    for (const r of found.updates) insert('action_updates', 'action_update', officer, r);
    for (const r of found.amendments) insert('amendments', 'amendment', officer, r);
    for (const { file, ...r } of found.attachments) {
      const f = files[file]!;
      insert('attachments', 'attachment', officer, {
        ...r,
        sha256: f.sha256,
        file_name: f.fileName,
        media_type: f.mediaType,
        size_bytes: f.bytes.length,
      });
    }
    if (found.improvementArea !== null && allImprovements.length) {
      const choices = improvements.get(found.improvementArea) ?? allImprovements;
      // Linked when the lesson was drawn, after the case closed.
      const at = `${closedOn}T15:30:00.000Z`;
      insert('improvement_cases', 'improvement_case', officer, {
        id: uuidv7(Date.parse(at)),
        improvement_id: pick(random, choices),
        case_id: caseId,
        created_by: officer,
        created_at: at,
      });
    }
  };

  // The officer trying the demo: the last cases are theirs, laid out across every urgency.
  const mine = ctx.me
    ? officerShare(ctx.me.id, officers[0]!, today, calendar, policy).slice(0, options.cases)
    : [];
  const firstMine = options.cases - mine.length;
  let contacts = 0;
  let reported = 0;
  for (let from = 0; from < options.cases; from += step) {
    db.transaction(() => {
      // Read afresh each step: between steps another call may have opened a case this year.
      const sequences = new Map<number, number>();
      for (let i = from; i < Math.min(options.cases, from + step); i++) {
        const designed = i >= firstMine ? mine[i - firstMine]! : null;
        const createdAt = designed
          ? Date.parse(`${designed.journey.received_on}T09:30:00.000Z`) + (i - firstMine) * 60_000
          : start + (span * (i + random() * 0.5)) / options.cases;
        const c = demoCase(random, (now - createdAt) / DAY, designed ? 'complaint' : undefined);
        // Skewed towards a minority of residents, as repeat complainants are.
        const resident = residents[Math.floor(residents.length * random() ** 1.6)]!;
        const officer = designed ? ctx.me!.id : pick(random, officers);
        const year = new Date(createdAt).getUTCFullYear();
        const sequence = (sequences.get(year) ?? Number(readSeq.get(`case_seq:${year}`)?.value ?? '0')) + 1;
        sequences.set(year, sequence);
        const at = new Date(createdAt).toISOString();
        const caseId = uuidv7(createdAt);
        // Complaints carry where they have got to under the Code; other contacts are open or closed.
        const journey = designed
          ? designed.journey
          : c.type === 'complaint'
            ? complaintJourney(
                random,
                new Date(createdAt),
                new Date(now),
                c.open,
                officer,
                officers,
                calendar,
                policy,
              )
            : {
                status: c.open ? 'open' : 'closed',
                owner_id: officer,
                closed_on: c.open ? null : at.slice(0, 10),
                closure_reason: c.open ? null : 'resolved',
              };
        // Refusals, withdrawals, extensions and Ombudsman outcomes, for the performance reports.
        const reported =
          c.type === 'complaint' && !designed
            ? reportingJourney(journey as JourneyColumns, {
                random,
                cal: calendar,
                policy,
                today,
                caseId,
                officer,
                newId: (ms) => uuidv7(ms),
              })
            : null;
        if (reported) Object.assign(journey, reported.columns);
        const found =
          c.type === 'complaint'
            ? investigation(random, caseId, c.serviceArea, journey as JourneyColumns, {
                today,
                colleagues,
                managers,
                panelThresholdPence: Number(panel?.value ?? 25_000),
                files: files.length,
                want,
                newId: (ms) => uuidv7(ms),
              })
            : null;
        const row = {
          ...Object.fromEntries(JOURNEY.map((k) => [k, null])),
          ...found?.caseColumns,
          id: caseId,
          reference: formatCaseReference({ prefix, year, installationCode: ctx.installation.code, sequence }),
          type: c.type,
          summary: c.summary,
          resident_id: resident.id,
          created_by: officer,
          created_at: at,
          updated_at: at,
          service_area: c.serviceArea,
          ...journey,
          ...healthAndSafetyColumns(designed, today),
        };
        const n = insertCase.run(row).lastInsertRowid;
        created(officer, 'case', row);
        indexCase.run(n, row.reference, row.summary, resident.name);
        if (found) writeInvestigation(found, officer, caseId, row.closed_on ?? today);
        for (const r of reported?.extensions ?? []) insert('extensions', 'extension', officer, r);
        for (const r of reported?.ombudsmanRequests ?? [])
          insert('ombudsman_requests', 'ombudsman_request', officer, r);
        if (designed) writeOfficerExtras(insert, random, ctx.me!, caseId, designed);
        const calls = [{ hours: 0, summary: c.summary, channel: c.channel }].concat(
          c.followUpHours.map((hours) => ({
            hours,
            summary: pick(random, FOLLOW_UP_NOTES),
            channel: 'phone' as const,
          })),
        );
        for (const call of calls) {
          const occurred = new Date(Math.min(now, createdAt + call.hours * 3_600_000)).toISOString();
          const contact = {
            id: uuidv7(createdAt + call.hours * 3_600_000),
            occurred_at: occurred,
            channel: call.channel,
            direction: call.hours === 0 || random() < 0.5 ? 'inbound' : 'outbound',
            summary: call.summary,
            resident_id: resident.id,
            case_id: row.id,
            logged_by: officer,
            created_at: occurred,
          };
          insertContact.run(contact);
          created(officer, 'contact', contact);
          contacts++;
        }
      }
      for (const [year, sequence] of sequences) writeMeta.run(`case_seq:${year}`, String(sequence));
      writeMeta.run('hlc', ctx.clock.current());
    })();
    const done = Math.min(options.cases, from + step);
    if (done - reported >= PROGRESS_EVERY || done === options.cases) {
      reported = done;
      options.onProgress?.(done, options.cases);
    }
    chain.forget();
    yield;
  }
  return {
    cases: options.cases,
    residents: residentCount,
    contacts,
    millis: Math.round(performance.now() - started),
  };
}

/**
 * Letters need a landlord: the demo's fictional one, with its logo, unless this store already has
 * a house style of its own (demo data never overwrites a real landlord's). Logged as any setting.
 */
function seedHouseStyle(ctx: ServiceContext, actor: string): void {
  const db = ctx.sqlite;
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE id = ?')
    .get(HOUSE_STYLE_SETTING);
  if (row?.value !== 'null') return;
  const logoSha256 = writeDemoBlob(ctx.dataDir, demoLogoPng());
  const value = JSON.stringify(houseStyleSchema.parse({ ...DEMO_HOUSE_STYLE, logoSha256 }));
  db.prepare('UPDATE settings SET value = ?, updated_at = ? WHERE id = ?').run(
    value,
    ctx.now().toISOString(),
    HOUSE_STYLE_SETTING,
  );
  db.prepare(
    `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash)
     VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv, @chain_pos, @chain_hash)`,
  ).run(
    chained(db, {
      hlc: ctx.clock.next(),
      replica_id: ctx.installation.id,
      actor_id: actor,
      entity: 'setting',
      entity_id: HOUSE_STYLE_SETTING,
      op: 'set',
      field: 'value',
      old_value: JSON.stringify(row.value),
      new_value: JSON.stringify(value),
      prev: null,
      sv: SCHEMA_VERSION,
    }),
  );
}
