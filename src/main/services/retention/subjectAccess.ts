// A subject access request: everything Redress holds about one resident, in readable form, as one
// zip: their record, each of their cases with its history in plain words, calls, notes, letters
// (the issued DOCX files), attachments, and who has changed or looked at their records. Other
// residents named on a group complaint are redacted from the text.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../shared/contract/errors';
import type { SubjectAccessFile } from '../../../shared/contract/retention';
import { todayIso } from '../../../shared/complaints/calendar';
import type { ServiceContext } from '../../store/context';
import { readVerifiedBlob } from '../../store/blobStore';
import { caseHistory } from '../caseHistory';
import { accessLogOf } from './accessLog';
import { Redactor } from './redaction';
import { README, safeFileName, section, type Line } from './subjectAccessText';

type Row = Record<string, unknown>;

const RESIDENT_LINES: Line[] = [
  ['Name', 'name'],
  ['Phone', 'phone'],
  ['Email', 'email'],
  ['Preferred way to contact', 'preferred_contact_method'],
  ['Best times to contact', 'preferred_contact_times'],
  ['Reasonable adjustments', 'reasonable_adjustments'],
  ['Support needs', 'support_needs'],
  ['Recorded as vulnerable', 'vulnerable'],
  ['Representative', 'representative_name'],
  ['Representative’s relationship', 'representative_relationship'],
  ['Representative’s contact details', 'representative_contact'],
  ['Consent for the representative to act', 'representative_consent'],
  ['Consent given on', 'representative_consent_on'],
  ['Large print size (pt)', 'large_print_pt'],
  ['Address', 'address_line1'],
  ['', 'address_line2'],
  ['Town', 'town'],
  ['Postcode', 'postcode'],
  ['Recorded on', 'created_at'],
];

const CASE_LINES: Line[] = [
  ['Reference', 'reference'],
  ['Type', 'type'],
  ['Status', 'status'],
  ['Summary', 'summary'],
  ['Service area', 'service_area'],
  ['Received on', 'received_on'],
  ['Stage 1 acknowledged on', 'stage1_acknowledged_on'],
  ['Stage 1 response due by (extended)', 'stage1_extended_to'],
  ['Stage 1 responded on', 'stage1_responded_on'],
  ['Escalation requested on', 'escalation_requested_on'],
  ['Reason for escalating', 'escalation_reason'],
  ['Stage 2 acknowledged on', 'stage2_acknowledged_on'],
  ['Stage 2 response due by (extended)', 'stage2_extended_to'],
  ['Stage 2 responded on', 'stage2_responded_on'],
  ['Closed on', 'closed_on'],
  ['Why it closed', 'closure_reason'],
  ['Closing note', 'closure_note'],
  ['How we agreed to communicate', 'communication_arrangements'],
  ['Adjustments agreed', 'adjustments_agreed'],
  ['Health and safety risk', 'hs_risk_detail'],
  ['Housing Ombudsman reference', 'ombudsman_reference'],
  ['Housing Ombudsman determination', 'ombudsman_determination'],
  ['Your comments on how it was handled', 'satisfaction_comment'],
];

export async function exportResident(ctx: ServiceContext, residentId: string): Promise<SubjectAccessFile> {
  const db = ctx.sqlite;
  const resident = db
    .prepare(
      `SELECT r.*, p.address_line1, p.address_line2, p.town, p.postcode
       FROM residents r LEFT JOIN properties p ON p.id = r.property_id WHERE r.id = ?`,
    )
    .get(residentId) as Row | undefined;
  if (!resident) throw new AppError('NOT_FOUND', 'That resident is not in this case store.');
  const cases = db
    .prepare(
      `SELECT * FROM cases WHERE deleted_at IS NULL AND (resident_id = ? OR id IN
         (SELECT case_id FROM case_parties WHERE resident_id = ? AND deleted_at IS NULL))
       ORDER BY created_at`,
    )
    .all(residentId, residentId) as Row[];
  const redact = Redactor.forCases(
    db,
    residentId,
    cases.map((c) => String(c.id)),
  );
  const files: Zippable = {};
  const counts = { cases: cases.length, calls: 0, notes: 0, letters: 0, attachments: 0 };
  const missing: string[] = [];
  files['resident.txt'] = text(
    redact.text(section('Your details as we hold them', RESIDENT_LINES, resident)),
  );

  for (const c of cases) {
    const folder = `cases/${safeFileName(String(c.reference))}`;
    const caseId = String(c.id);
    const parts: string[] = [section(`Case ${String(c.reference)}`, CASE_LINES, c)];
    if (c.resident_id !== residentId)
      parts.push('You are one of the residents named on this group complaint.\n');
    const points = db
      .prepare(
        `SELECT stage, point, outcome_sought, decision, reasons FROM complaint_points WHERE case_id = ? AND deleted_at IS NULL ORDER BY stage, created_at`,
      )
      .all(caseId) as Row[];
    points.forEach((p, i) =>
      parts.push(
        section(
          `Point of complaint ${i + 1} (stage ${String(p.stage)})`,
          [
            ['What the complaint is about', 'point'],
            ['Outcome wanted', 'outcome_sought'],
            ['Decision', 'decision'],
            ['Reasons', 'reasons'],
          ],
          p,
        ),
      ),
    );
    files[`${folder}/case.txt`] = text(redact.text(parts.join('\n')));

    const history = await caseHistory(ctx, caseId);
    files[`${folder}/history.txt`] = text(
      redact.text(
        [
          `History of case ${String(c.reference)}: every change, newest first.`,
          '',
          ...history.map(
            (h) =>
              `${h.at.slice(0, 16).replace('T', ' ')}  ${h.actorName}: ${h.what}` +
              (h.before !== null || h.after !== null
                ? ` (was: ${h.before ?? '—'}; now: ${h.after ?? '—'})`
                : ''),
          ),
        ].join('\n'),
      ),
    );

    const notes = db
      .prepare(
        `SELECT n.created_at, n.text, p.name AS author FROM case_notes n LEFT JOIN people p ON p.id = n.created_by WHERE n.case_id = ? ORDER BY n.created_at`,
      )
      .all(caseId) as Row[];
    counts.notes += notes.length;
    if (notes.length)
      files[`${folder}/notes.txt`] = text(
        redact.text(
          notes
            .map(
              (n) =>
                `${String(n.created_at).slice(0, 16).replace('T', ' ')}  ${String(n.author ?? 'Unknown')}\n${String(n.text)}\n`,
            )
            .join('\n'),
        ),
      );

    const calls = db
      .prepare(
        `SELECT c.occurred_at, c.channel, c.direction, c.purpose, c.outcome, c.summary, p.name AS by
         FROM contacts c LEFT JOIN people p ON p.id = c.logged_by WHERE c.case_id = ? AND c.deleted_at IS NULL ORDER BY c.occurred_at`,
      )
      .all(caseId) as Row[];
    counts.calls += calls.length;
    if (calls.length) files[`${folder}/calls.txt`] = text(redact.text(calls.map(callText).join('\n')));

    const letters = db
      .prepare(
        `SELECT id, file_name, sha256 FROM letters WHERE case_id = ? AND status = 'issued' AND deleted_at IS NULL AND sha256 IS NOT NULL`,
      )
      .all(caseId) as Array<{ id: string; file_name: string | null; sha256: string }>;
    for (const l of letters) {
      const name = safeFileName(l.file_name ?? `${l.id}.docx`);
      const bytes = readVerifiedBlob(ctx.dataDir, l.sha256);
      if (typeof bytes === 'string') missing.push(`${folder}/letters/${name}`);
      else {
        files[`${folder}/letters/${name}`] = bytes;
        counts.letters++;
      }
    }

    const attachments = db
      .prepare(
        `SELECT id, file_name, sha256, caption FROM attachments WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at`,
      )
      .all(caseId) as Array<{ id: string; file_name: string; sha256: string; caption: string | null }>;
    const usedNames = new Set<string>();
    for (const a of attachments) {
      let name = safeFileName(a.file_name);
      if (usedNames.has(name)) name = `${a.id.slice(-8)}-${name}`;
      usedNames.add(name);
      const bytes = readVerifiedBlob(ctx.dataDir, a.sha256);
      if (typeof bytes === 'string') missing.push(`${folder}/attachments/${name}`);
      else {
        files[`${folder}/attachments/${name}`] = bytes;
        counts.attachments++;
      }
    }
  }

  const loose = db
    .prepare(
      `SELECT c.occurred_at, c.channel, c.direction, c.purpose, c.outcome, c.summary, p.name AS by
       FROM contacts c LEFT JOIN people p ON p.id = c.logged_by
       WHERE c.resident_id = ? AND c.case_id IS NULL AND c.deleted_at IS NULL ORDER BY c.occurred_at`,
    )
    .all(residentId) as Row[];
  counts.calls += loose.length;
  if (loose.length) files['calls-not-on-a-case.txt'] = text(redact.text(loose.map(callText).join('\n')));

  files['access-log.txt'] = text(
    redact.text(
      await accessLogOf(
        ctx,
        residentId,
        cases.map((c) => String(c.id)),
      ),
    ),
  );
  files['README.txt'] = text(README(todayIso(ctx.now()), counts, missing));

  const zip = zipSync(files, { level: 6, mtime: ctx.now() });
  return {
    fileName: `subject-access-${safeFileName(String(resident.id)).slice(-12)}-${todayIso(ctx.now())}.zip`,
    bytes: Buffer.from(zip).toString('base64'),
    counts,
  };
}

function callText(c: Row): string {
  const head = [
    c.occurred_at && String(c.occurred_at).slice(0, 16).replace('T', ' '),
    c.channel,
    c.direction,
    c.purpose,
    c.outcome,
  ]
    .filter(Boolean)
    .join(', ');
  return `${head} (logged by ${String(c.by ?? 'Unknown')})\n${String(c.summary)}\n`;
}

const text = (s: string) => strToU8(s.endsWith('\n') ? s : `${s}\n`);
