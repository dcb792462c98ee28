// The CLI's commands: each reads its flags, calls the same router the app uses, and says what happened.
import type { InputOf } from '../../shared/contract';
import { MAX_SCRIPT_DEMO_CASES } from '../../shared/contract/inputs';
import { AppError } from '../../shared/contract/errors';
import type { CaseRow } from '../../shared/contract/types';
import { CASE_TYPE_LABELS, CHANNEL_LABELS } from '../../shared/domain/vocabulary';
import { todayIso } from '../../shared/complaints/calendar';
import { parseShareLocation, shareLabel } from '../../shared/share/location';
import { BACKEND_NAMES, credentialWarning } from '../../shared/share/credential';
import type { RedressApp } from '../app';
import { type Flags, UsageError } from './args';
import { call, print, type Command, type Io } from './io';
import { INVESTIGATION_USAGE, investigationCommands } from './investigationCommands';
import { LEARNING_USAGE, learningCommands } from './learningCommands';
import { LETTER_SETUP_USAGE, letterSetupCommands } from './letterSetupCommands';
import { SHARE_TRUST_USAGE, shareTrustCommands } from './shareTrustCommands';
import { SHARE_MOVE_USAGE, shareMoveCommands } from './shareMoveCommands';
import { shareFolder } from './shareLine';
import { LIFECYCLE_USAGE, lifecycleCommands } from './lifecycleCommands';
import { AUDIT_USAGE, auditCommands } from './auditCommands';
import { PEOPLE_USAGE, peopleCommands } from './peopleCommands';
import { SIGN_IN_USAGE, signInCommands } from './signInCommands';
import { AMENDMENT_USAGE, amendmentCommands } from './amendmentCommands';
import { ATTACHMENT_USAGE, attachmentCommands } from './attachmentCommands';
import { REMEDY_USAGE, remedyCommands } from './remedyCommands';
import { LETTER_USAGE, letterCommands } from './letterCommands';
import { TEMPLATE_USAGE, templateCommands } from './templateCommands';
import { POST_USAGE, postCommands } from './postCommands';
import { RETENTION_USAGE, retentionCommands } from './retentionCommands';
import { REPORT_USAGE, reportCommands } from './reportCommands';
import { REPORT_DOCUMENT_USAGE, reportDocumentCommands } from './reportDocumentCommands';

function caseLine(c: CaseRow): string {
  return [
    c.reference.padEnd(14),
    CASE_TYPE_LABELS[c.type].padEnd(18),
    c.status.padEnd(7),
    c.createdAt.slice(0, 10),
    (c.residentName ?? '—').padEnd(22).slice(0, 22),
    c.summary.slice(0, 60),
  ].join('  ');
}

/**
 * --at as a date and time, or a date alone (a letter logged days later): a date alone is the
 * start of that day in London (an hour before midnight UTC in summer time).
 */
function instantFlag(at: string | undefined): string | undefined {
  if (at === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const utcMidnight = Date.parse(`${at}T00:00:00Z`);
  if (Number.isNaN(utcMidnight)) return at;
  const summerMidnight = new Date(utcMidnight - 3_600_000);
  return (todayIso(summerMidnight) === at ? summerMidnight : new Date(utcMidnight)).toISOString();
}

/** Reads --hash: call before the command does anything, so a wrong option changes nothing. */
function hashFlag(f: Flags): boolean {
  const withHash = f.bool('hash');
  f.rejectUnknown();
  return withHash;
}

async function syncAndReport(app: RedressApp, path: string, withHash: boolean, io: Io, what: string) {
  const report = await call(app, 'sync.folder', { path });
  const status = await call(app, 'share.status', {});
  const result = { ...report, status, ...(withHash ? await call(app, 'sync.stateHash', {}) : {}) };
  print(
    io,
    result,
    () =>
      `${what}: ${report.imported} changes in, ${report.exported} out (${report.segmentsRead} files read${report.held ? `, ${report.held} held` : ''}${report.quarantined ? `, ${report.quarantined} quarantined` : ''}${report.conflicts ? `, ${report.conflicts} conflicts` : ''}) in ${report.millis} ms. ${status.attention ? `${status.attention} item(s) need attention.` : ''}${report.forked ? ' Nothing was shared: another computer is using this computer’s identity on the share (probably a copy of its data). Changes are kept here; run "share reidentify" to share them again.' : ''}`,
  );
}

/** `share init` and `share join`: set up or join the share in a folder, then sync with it. */
function joinCommand(create: boolean, what: string): Command {
  return async (app, f, p, io) => {
    const path = await shareFolder(app, f, p);
    const deviceLabel = f.string('label');
    const code = create ? null : (f.string('code') ?? null);
    const withHash = hashFlag(f);
    await call(app, 'share.join', { path, create, deviceLabel, code });
    await syncAndReport(app, path, withHash, io, `${what} ${shareLabel(parseShareLocation(path))}`);
  };
}

export const commands: Record<string, Command> = {
  ...lifecycleCommands,
  ...peopleCommands,
  ...signInCommands,
  ...amendmentCommands,
  ...investigationCommands,
  ...attachmentCommands,
  ...remedyCommands,
  ...learningCommands,
  ...letterCommands,
  ...templateCommands,
  ...postCommands,
  ...letterSetupCommands,
  ...shareTrustCommands,
  ...shareMoveCommands,
  ...auditCommands,
  ...retentionCommands,
  ...reportCommands,
  ...reportDocumentCommands,
  'share init': joinCommand(true, 'Set up a new central share in'),
  'share join': joinCommand(false, 'Joined the central share in'),

  async 'share status'(app, f, _p, io) {
    f.rejectUnknown();
    const s = await call(app, 'share.status', {});
    print(io, s, () =>
      [
        s.path ? `Central share: ${s.path} (${s.shareId})` : 'No central share is set up.',
        ...(s.backend
          ? [
              `Kind: ${BACKEND_NAMES[s.backend]}; files never replaced: ${s.createOnly === 'atomic' ? 'refused by the storage itself' : 'checked before writing'}${s.requestsPerQuietSync === null ? '' : `; ${s.requestsPerQuietSync} request(s) per sync with nothing new`}`,
            ]
          : []),
        ...(s.credentialExpires
          ? [
              credentialWarning(s.credentialExpires, new Date())?.text ??
                `The share link works until ${s.credentialExpires}.`,
            ]
          : []),
        `Last sync: ${s.lastSyncAt ?? 'never'}; changes waiting to go out: ${s.outbox}; needing attention: ${s.attention}`,
        ...s.devices.map(
          (d) =>
            `  ${d.label} [${d.code ?? '??'}] last seen ${d.lastSeenAt ?? 'never'}, behind by ${d.behind ?? '?'} file(s)${d.held ? ' — CLOCK WRONG, changes held' : ''}${d.approved ? '' : ` — NOT APPROVED, changes held (share approve ${d.replicaId})`}`,
        ),
      ].join('\n'),
    );
  },

  async 'share reidentify'(app, f, p, io) {
    const path = await shareFolder(app, f, p);
    const deviceLabel = f.string('label');
    const withHash = hashFlag(f);
    const r = await call(app, 'share.newIdentity', { path, deviceLabel });
    await syncAndReport(
      app,
      path,
      withHash,
      io,
      `This computer now has its own identity on the share (reference code ${r.code}); its changes are shared again`,
    );
  },

  async 'share snapshot'(app, f, p, io) {
    const path = await shareFolder(app, f, p);
    f.rejectUnknown();
    const written = await call(app, 'share.snapshot', { path });
    print(io, written, () => `Wrote snapshot ${written.snapshot} to ${shareLabel(parseShareLocation(path))}`);
  },

  async sync(app, f, p, io) {
    const path = await shareFolder(app, f, p);
    const withHash = hashFlag(f);
    // A scheduled sync against a share this store has never joined joins it first.
    if (!(await call(app, 'share.status', {})).shareId)
      await call(app, 'share.join', { path, create: false, deviceLabel: null });
    await syncAndReport(app, path, withHash, io, 'Synced');
  },

  async init(app, f, _p, io) {
    const name = f.required('name', '"Priya Shah"');
    const initials =
      f.string('initials') ??
      name
        .split(/\s+/)
        .map((w) => w[0])
        .join('')
        .slice(0, 4);
    const role = f.string('role') ?? 'officer';
    f.rejectUnknown();
    const status = await call(app, 'app.status', {});
    if (status.me) {
      print(
        io,
        { ...status, alreadySetUp: true },
        () =>
          `Already set up: ${status.me!.name} (${status.me!.initials}) on installation ${status.installation.code}. Store: ${status.dataDir}`,
      );
      return;
    }
    const password = await io.passphrase(`A password for ${name} (at least 10 characters): `);
    const me = await call(app, 'people.setUpOfficer', { name, initials, role: role as never, password });
    const after = await call(app, 'app.status', {});
    print(
      io,
      { ...after, recoveryKey: me.recoveryKey },
      () =>
        `Set up ${me.name} (${me.initials}) on installation ${after.installation.code}. Store: ${after.dataDir}\n` +
        `Recovery key (shown this once: write it down and keep it locked away; it opens this store if every password is lost):\n  ${me.recoveryKey}`,
    );
  },

  async 'resident add'(app, f, _p, io) {
    const address = f.string('address');
    const postcode = f.string('postcode');
    const input: InputOf<'residents.create'> = {
      name: f.required('name', '"Joan Okafor"'),
      phone: f.string('phone'),
      email: f.string('email'),
      preferredContactMethod: f.string('preferred-contact') as never,
      preferredContactTimes: f.string('contact-times'),
      reasonableAdjustments: f.string('adjustments'),
      supportNeeds: f.string('support-needs'),
      vulnerable: f.bool('vulnerable'),
      representativeName: f.string('rep-name'),
      representativeRelationship: f.string('rep-relationship'),
      representativeContact: f.string('rep-contact'),
      representativeConsent: f.bool('rep-consent'),
      representativeConsentOn: f.string('rep-consent-on'),
      largePrintPt: f.int('large-print'),
      property:
        address || postcode
          ? {
              addressLine1: address ?? '',
              addressLine2: f.string('address2'),
              town: f.string('town'),
              postcode: postcode ?? '',
              uprn: f.string('uprn'),
              tenure: f.string('tenure') as never,
            }
          : undefined,
    };
    f.rejectUnknown();
    const r = await call(app, 'residents.create', input);
    print(io, r, () => `Added resident ${r.name}: ${r.id}`);
  },

  async 'resident update'(app, f, p, io) {
    const id = p[0];
    if (!id)
      throw new UsageError('Give the resident id, e.g. resident update 0190… --email joan@example.org');
    const consentOn = f.string('rep-consent-on');
    const changes: InputOf<'residents.update'>['changes'] = {
      name: f.string('name'),
      phone: f.string('phone'),
      email: f.string('email'),
      preferredContactMethod: f.string('preferred-contact') as never,
      preferredContactTimes: f.string('contact-times'),
      reasonableAdjustments: f.string('adjustments'),
      supportNeeds: f.string('support-needs'),
      vulnerable: f.bool('not-vulnerable') ? false : f.bool('vulnerable') ? true : undefined,
      representativeName: f.string('rep-name'),
      representativeRelationship: f.string('rep-relationship'),
      representativeContact: f.string('rep-contact'),
      // Consent is given on a date, or withdrawn (which clears the date).
      representativeConsent: f.bool('no-rep-consent') ? false : consentOn ? true : undefined,
      representativeConsentOn: consentOn,
      largePrintPt: f.bool('no-large-print') ? null : f.int('large-print'),
    };
    f.rejectUnknown();
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const r = await call(app, 'residents.update', { id, changes: given });
    print(
      io,
      r,
      () => `Updated ${r.name}${r.largePrintPt ? ` (letters in ${r.largePrintPt} pt large print)` : ''}.`,
    );
  },

  async 'resident find'(app, f, p, io) {
    f.rejectUnknown();
    const query = p.join(' ');
    if (!query) throw new UsageError('Say what to look for, e.g. resident find "LS11 5QQ"');
    const found = await call(app, 'residents.find', { query, limit: f.int('limit') ?? 20 });
    print(
      io,
      found,
      () =>
        found
          .map((r) => `${r.id}  ${r.name.padEnd(24)}  ${r.address ?? ''} ${r.postcode ?? ''}`)
          .join('\n') || 'No residents match.',
    );
  },

  async 'resident show'(app, f, p, io) {
    f.rejectUnknown();
    const id = p[0];
    if (!id) throw new UsageError('Give the resident id, e.g. resident show 0190…');
    const d = await call(app, 'residents.get', { id });
    print(io, d, () =>
      [
        `${d.resident.name}  ${d.resident.phone ?? ''}  ${d.resident.email ?? ''}`,
        `Cases: ${d.cases.length}, calls: ${d.contacts.length}`,
        ...d.cases.map(caseLine),
      ].join('\n'),
    );
  },

  async 'call log'(app, f, _p, io) {
    const input: InputOf<'contacts.log'> = {
      channel: f.required('channel', 'phone') as never,
      summary: f.required('summary', '"Resident rang about damp in the bedroom"'),
      direction: (f.string('direction') ?? 'inbound') as never,
      residentId: f.string('resident'),
      caseId: f.string('case'),
      occurredAt: instantFlag(f.string('at')),
      openCaseAs: f.string('open-case') as never,
    };
    f.rejectUnknown();
    const r = await call(app, 'contacts.log', input);
    print(
      io,
      r,
      () =>
        `Logged ${CHANNEL_LABELS[r.contact.channel].toLowerCase()} contact ${r.contact.id}${r.case ? `; opened ${CASE_TYPE_LABELS[r.case.type].toLowerCase()} ${r.case.reference}` : r.contact.caseReference ? ` on case ${r.contact.caseReference}` : ''}`,
    );
  },

  async 'case open'(app, f, _p, io) {
    const input: InputOf<'cases.open'> = {
      type: f.required('type', 'complaint') as never,
      summary: f.required('summary', '"Repeated missed repair appointments"'),
      residentId: f.string('resident'),
      fromContactId: f.string('from-call'),
      receivedOn: f.string('received'),
    };
    f.rejectUnknown();
    const c = await call(app, 'cases.open', input);
    print(io, c, () => `Opened ${CASE_TYPE_LABELS[c.type].toLowerCase()} ${c.reference} (${c.id})`);
  },

  async 'case list'(app, f, _p, io) {
    const input: InputOf<'cases.list'> = {
      limit: f.int('limit') ?? 50,
      type: f.string('type') as never,
      status: f.string('status') as never,
      search: f.string('search'),
      sort: f.string('sort') as never,
      cursor: f.string('cursor'),
    };
    f.rejectUnknown();
    const page = await call(app, 'cases.list', input);
    print(
      io,
      page,
      () =>
        (page.items.length ? page.items.map(caseLine).join('\n') : 'No cases match.') +
        (page.nextCursor ? `\nMore: --cursor ${page.nextCursor}` : ''),
    );
  },

  async 'case show'(app, f, p, io) {
    f.rejectUnknown();
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference or id, e.g. case show RD-26-K7-0001');
    const d = await call(app, 'cases.get', { idOrReference: key });
    print(io, d, () =>
      [
        `${d.case.reference}  ${CASE_TYPE_LABELS[d.case.type]}  ${d.case.status}`,
        `Opened ${d.case.createdAt} by ${d.case.createdByName}`,
        `Resident: ${d.resident?.name ?? '—'}`,
        d.case.summary,
        '',
        ...d.contacts.map(
          (c) =>
            `${c.occurredAt}  ${CHANNEL_LABELS[c.channel]} ${c.direction}  ${c.loggedByName}: ${c.summary}`,
        ),
      ].join('\n'),
    );
  },

  async 'case delete'(app, f, p, io) {
    f.rejectUnknown();
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference or id, e.g. case delete RD-26-K7-0001');
    const c = await call(app, 'cases.get', { idOrReference: key });
    const deleted = await call(app, 'cases.delete', { id: c.case.id });
    print(io, deleted, () => `Deleted case ${deleted.reference}. It stays deleted on every computer.`);
  },

  async seed(app, f, _p, io) {
    const cases = f.int('cases') ?? 200;
    const seed = f.int('seed');
    f.rejectUnknown();
    if (cases < 1 || cases > MAX_SCRIPT_DEMO_CASES)
      throw new UsageError(
        `--cases must be between 1 and ${MAX_SCRIPT_DEMO_CASES.toLocaleString('en-GB')} (bigger stores for benchmarks: npm run bench)`,
      );
    const result = await call(
      app,
      'demo.seed',
      { cases, seed },
      {
        onProgress: (done, total) =>
          io.progress(`Seeding: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} cases`),
      },
    );
    print(
      io,
      result,
      () =>
        `Added ${result.cases} cases, ${result.residents} residents, ${result.contacts} calls and ${result.letters ?? 0} issued letters in ${(result.millis / 1000).toFixed(1)} s.`,
    );
  },

  async export(app, f, _p, io) {
    const out = f.string('out');
    f.rejectUnknown();
    if (!out) {
      io.out((await call(app, 'backup.export', {})).content);
      return;
    }
    const { file, summary } = await call(app, 'backup.exportToFile', { path: out });
    const cases = summary.counts.cases ?? 0;
    print(
      io,
      { file, cases, counts: summary.counts, checksum: summary.checksum },
      () =>
        `Backed up ${cases} cases and every other record to ${file} (checksum ${summary.checksum.slice(0, 12)}…)`,
    );
  },

  async backup(app, f, _p, io) {
    const out = f.required('out', 'redress-copy.sqlite');
    f.rejectUnknown();
    const copy = await call(app, 'backup.copyToFile', { path: out });
    print(
      io,
      copy,
      () =>
        `Copied the case store (${copy.cases} cases, ${(copy.bytes / 1048576).toFixed(1)} MB) to ${copy.file}; restore it with: npm run cli -- restore --from ${copy.file}`,
    );
  },

  async check(app, f, _p, io) {
    f.rejectUnknown();
    const result = await call(app, 'store.check', {});
    if (!result.healthy) {
      throw new AppError('STORE_UNAVAILABLE', result.message, {
        problem: 'damaged',
        problems: result.problems,
      });
    }
    print(io, result, () => `${result.message} (${result.millis} ms)`);
  },

  async restore(app, f, _p, io) {
    const from = f.required('from', 'backup.json');
    f.rejectUnknown();
    const { summary, officerName, recoveryKey } = await call(app, 'backup.restoreFromFile', { path: from });
    const cases = summary.counts.cases ?? 0;
    print(
      io,
      {
        restored: from,
        cases,
        counts: summary.counts,
        exportedAt: summary.exportedAt,
        officer: officerName,
        recoveryKey,
      },
      () =>
        `Restored ${cases} cases and every other record from ${from} (backed up ${summary.exportedAt.slice(0, 16).replace('T', ' ')}).${officerName ? ` This computer's officer is ${officerName}.` : ''}` +
        (recoveryKey
          ? `\nThis computer's recovery key (shown this once: write it down and keep it locked away; it opens this store if every password is lost):\n  ${recoveryKey}`
          : ''),
    );
  },
};

export const USAGE = `Usage: npm run cli -- <command> [options]   (add --json for JSON output, --data-dir DIR or REDRESS_DATA_DIR to choose the store)

${SIGN_IN_USAGE}
  init --name NAME [--initials AB] [--role officer|manager|admin]   asks for a password; prints the recovery key once
  resident add --name NAME [--phone P] [--email E] [--address LINE1 --postcode PC [--town T] [--uprn U] [--tenure T]]
               [--vulnerable] [--adjustments TEXT] [--support-needs TEXT] [--preferred-contact M] [--rep-name N --rep-relationship R --rep-contact C --rep-consent [--rep-consent-on DATE]]
               [--large-print PT]   letters in large print (12–36 pt)
  resident update ID [--name N] [--phone P] [--email E] [--preferred-contact M] [--contact-times T] [--adjustments TEXT]
               [--support-needs TEXT] [--vulnerable | --not-vulnerable] [--rep-name N] [--rep-relationship R] [--rep-contact C]
               [--rep-consent-on DATE | --no-rep-consent] [--large-print PT | --no-large-print]
  resident find QUERY
  resident show ID
  call log --channel phone|email|letter|in_person|web_form|social_media|estate_visit --summary TEXT
           [--resident ID] [--case ID] [--direction inbound|outbound] [--at DATE|ISO-TIME] [--open-case TYPE]
  case open --type enquiry|service_request|complaint|negative_feedback|compliment --summary TEXT [--resident ID] [--from-call ID] [--received DATE]
  case list [--limit N] [--type T] [--status open|closed] [--search WORDS] [--sort newest|oldest|reference|reference_desc] [--cursor C]
  case show REFERENCE|ID
  case delete REFERENCE|ID                             delete a case opened in error (a tombstone that syncs)
  seed --cases N [--seed S]            demo data, up to 100,000 cases (into any store: scripts only)
  export --json [--out FILE]          a backup of every record, checked by its checksum
  backup --out FILE                    a copy of the store file, safe while Redress runs
  restore --from FILE                  rebuilds an empty store from a backup or a store copy
  check                                SQLite's integrity check of the store (exit 1 if damaged)
  share init --share DIR [--label "Priya's laptop"]     set up a new central share (first computer only)
  share join --share DIR --code CODE [--label L]        join the share in that folder with a join code
  share status [--json]
  share reidentify [--share DIR] [--label L]           after "another computer is using this computer's identity":
                                                        give this computer a new identity and share its changes again
  share snapshot [--share DIR]                          write a snapshot so new computers join quickly
  sync [--share DIR] [--json] [--hash]                  exchange changes now (--hash adds the state hash)
${LIFECYCLE_USAGE}
${PEOPLE_USAGE}
${AMENDMENT_USAGE}
${INVESTIGATION_USAGE}
${ATTACHMENT_USAGE}
${REMEDY_USAGE}
${LEARNING_USAGE}
${LETTER_USAGE}
${TEMPLATE_USAGE}
${POST_USAGE}
${LETTER_SETUP_USAGE}
${SHARE_TRUST_USAGE}
${SHARE_MOVE_USAGE}
${AUDIT_USAGE}
${RETENTION_USAGE}
${REPORT_USAGE}
${REPORT_DOCUMENT_USAGE}`;
