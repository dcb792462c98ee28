// What a stored field may hold, for every synced field of every record kind: the contract's value
// rules (src/shared/domain/fields.ts) applied to columns. Every local write passes its values
// through here (the change recorder), and so does every change arriving from the share, so a value
// the contract would refuse — 9999-12-31, a NUL, an ANSI escape — is never stored, whichever door
// it came through. `tests/unit/fieldValues.test.ts` fails if a registry field has no rule.
import {
  IMPLAUSIBLE_DATE,
  isPlausibleDate,
  isPlausibleInstant,
  textProblem,
} from '../../shared/domain/fields';
import {
  AMENDABLE_RECORDS,
  COMPENSATION_HEADS,
  IMPROVEMENT_STATUSES,
  REMEDY_KINDS,
  REMEDY_STATUSES,
  WORK_ITEM_STATUSES,
  CASE_STATUSES,
  CASE_TYPES,
  CHANNELS,
  CLOSURE_REASONS,
  CONTACT_METHODS,
  CONTACT_OUTCOMES,
  CONTACT_PURPOSES,
  DIRECTIONS,
  EXCLUSION_REASONS,
  OUTCOME_POSSIBLE,
  POINT_DECISIONS,
  ROLES,
  SERVICE_AREAS,
  TENURES,
} from '../../shared/domain/vocabulary';
import { z } from 'zod';
import { PASSWORD_SET_WITH } from '../../shared/contract/session';
import {
  COMPLY_ANSWERS,
  NARRATIVE_MAX_CHARS,
  NARRATIVE_SECTIONS,
  SELF_ASSESSMENT_TEXT_MAX,
} from '../../shared/reports/narrative';
import { LETTER_METHODS, LETTER_STATUSES, LETTER_TYPES } from '../../shared/letters/letterTypes';
import { PARAGRAPH_KEYS, PARAGRAPH_MAX_CHARS } from '../../shared/letters/paragraphs';
import {
  addresseeSchema,
  LARGE_PRINT_MAX_PT,
  LARGE_PRINT_MIN_PT,
  paragraphVersionsSchema,
  placeholderListSchema,
  sectionsSchema,
} from '../../shared/letters/stored';

type Rule =
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'instant'; orUnset?: true }
  | { kind: 'flag' }
  | { kind: 'stage' }
  | { kind: 'one_of'; values: readonly string[] }
  /** A JSON list of distinct values from a closed list (compensation heads). */
  | { kind: 'list_of'; values: readonly string[] }
  /** A whole number from 0 to max (money in pence, a file's size in bytes). */
  | { kind: 'count'; max: number }
  /** A satisfaction score, 1 to 5. */
  | { kind: 'score' }
  | { kind: 'sha256' }
  /** JSON text that must fit a schema (a letter's sections, who it went to). */
  | { kind: 'json'; schema: z.ZodType; what: string }
  /** A whole number from min to max. */
  | { kind: 'range'; min: number; max: number }
  | { kind: 'text'; max: number; lines: 'one' | 'many' };

const oneOf = (values: readonly string[]): Rule => ({ kind: 'one_of', values });
const kdfRule = (): Rule => ({
  kind: 'json',
  what: 'the Argon2id cost of a password',
  schema: z.object({
    memoryCost: z.number().int().min(8).max(4_194_304),
    timeCost: z.number().int().min(1).max(20),
    parallelism: z.number().int().min(1).max(16),
  }),
});
const line = (max: number): Rule => ({ kind: 'text', max, lines: 'one' });
const notes = (max: number): Rule => ({ kind: 'text', max, lines: 'many' });
const workStatus = oneOf(WORK_ITEM_STATUSES);

/** £1m: far beyond any remedy, well inside exact integers. */
export const MAX_PENCE = 100_000_000;
/** 4 GiB: the largest attachment any setting allows is far smaller. */
const MAX_FILE_BYTES = 4 * 1024 ** 3;

/** Fields named alike across tables (a field's rule is looked up by table first, then by name). */
const BY_NAME: Record<string, Rule> = {
  name: line(160),
  initials: line(4),
  phone: line(40),
  email: line(200),
  postcode: line(10),
  uprn: line(12),
  town: line(100),
  address_line1: line(200),
  address_line2: line(200),
  reference: line(40),
  summary: notes(10_000),
  detail: notes(5000),
  reason: notes(5000),
  reasons: notes(5000),
  point: notes(2000),
  stage: { kind: 'stage' },
  tenure: oneOf(TENURES),
  role: oneOf(ROLES),
  type: oneOf(CASE_TYPES),
  status: oneOf(CASE_STATUSES),
  channel: oneOf(CHANNELS),
  direction: oneOf(DIRECTIONS),
  purpose: oneOf(CONTACT_PURPOSES),
  outcome: oneOf(CONTACT_OUTCOMES),
  decision: oneOf(POINT_DECISIONS),
  outcome_possible: oneOf(OUTCOME_POSSIBLE),
  service_area: oneOf(SERVICE_AREAS),
  preferred_contact_method: oneOf(CONTACT_METHODS),
  decline_reason: oneOf(EXCLUSION_REASONS),
  escalation_refusal_reason: oneOf(EXCLUSION_REASONS),
  closure_reason: oneOf(CLOSURE_REASONS),
  stage1_acknowledged_how: oneOf(CHANNELS),
  stage2_acknowledged_how: oneOf(CHANNELS),
  vulnerable: { kind: 'flag' },
  representative_consent: { kind: 'flag' },
  hs_risk: { kind: 'flag' },
  is_group: { kind: 'flag' },
  preferred_contact_times: line(200),
  representative_name: line(160),
  representative_relationship: line(100),
  representative_contact: line(200),
  hs_told_whom: line(200),
  ombudsman_reference: line(60),
  new_due: { kind: 'date' },
  stage1_extended_to: { kind: 'date' },
  stage2_extended_to: { kind: 'date' },
  outcome_sought: notes(2000),
  created_by: { kind: 'id' },
  logged_by: { kind: 'id' },
  approved_by: { kind: 'id' },
  issued_by: { kind: 'id' },
  posted_by: { kind: 'id' },
  // Migration 5: investigations, remedies, promised actions, learning.
  team: line(100),
  active: { kind: 'flag' },
  root_cause: line(100),
  lesson_learned: notes(5000),
  actions_manager: line(300),
  satisfaction_handling: { kind: 'score' },
  satisfaction_outcome: { kind: 'score' },
  satisfaction_comment: notes(2000),
  findings: notes(10_000),
  basis: notes(2000),
  text: notes(10_000),
  what: notes(2000),
  with_whom: line(200),
  answer: notes(5000),
  owner: line(160),
  owner_contact: line(200),
  evidence: notes(5000),
  said: notes(5000),
  method: oneOf(CHANNELS),
  sha256: { kind: 'sha256' },
  file_name: line(255),
  media_type: line(100),
  size_bytes: { kind: 'count', max: MAX_FILE_BYTES },
  caption: line(200),
  amount_pence: { kind: 'count', max: MAX_PENCE },
  heads: { kind: 'list_of', values: COMPENSATION_HEADS },
  offset_arrears: { kind: 'flag' },
  record_kind: oneOf(AMENDABLE_RECORDS),
  field: line(60),
  old_value: notes(10_000),
  new_value: notes(10_000),
  title: line(200),
  you_said: notes(5000),
  we_did: notes(5000),
  // Migration 6: letters.
  large_print_pt: { kind: 'range', min: LARGE_PRINT_MIN_PT, max: LARGE_PRINT_MAX_PT },
};

const json = (schema: z.ZodType, what: string): Rule => ({ kind: 'json', schema, what });

/** Fields whose rule differs by table. */
const BY_TABLE: Record<string, Record<string, Rule>> = {
  // Key material, base64 (a salt, sealed keys) and the Argon2 cost as JSON: one line, bounded.
  person_credentials: {
    salt: line(64),
    kdf: kdfRule(),
    wrapped_kp: line(200),
    kp: line(64),
    must_change: { kind: 'flag' },
    set_with: oneOf(PASSWORD_SET_WITH),
  },
  ombudsman_requests: { kind: oneOf(['evidence', 'order']) },
  investigation_tasks: { status: workStatus },
  promised_actions: { status: workStatus },
  remedies: { kind: oneOf(REMEDY_KINDS), status: oneOf(REMEDY_STATUSES), text: notes(5000) },
  improvements: { status: oneOf(IMPROVEMENT_STATUSES) },
  letters: {
    type: oneOf(LETTER_TYPES),
    status: oneOf(LETTER_STATUSES),
    method: oneOf(LETTER_METHODS),
    sections: json(sectionsSchema, "a letter's sections"),
    paragraph_versions: json(paragraphVersionsSchema, 'the standard paragraph versions used'),
    addressee: json(addresseeSchema, 'a name and address'),
    copy_to: line(300),
  },
  letter_templates: {
    letter_type: oneOf(LETTER_TYPES),
    name: line(200),
    placeholders: json(placeholderListSchema, 'a list of placeholder names'),
  },
  paragraph_versions: {
    key: oneOf(PARAGRAPH_KEYS),
    version: { kind: 'range', min: 1, max: 1_000_000 },
    text: notes(PARAGRAPH_MAX_CHARS),
    note: line(300),
  },
  self_assessment_answers: {
    year: { kind: 'range', min: 2000, max: 2099 },
    provision: line(10),
    comply: oneOf(COMPLY_ANSWERS),
    evidence: notes(SELF_ASSESSMENT_TEXT_MAX),
    commentary: notes(SELF_ASSESSMENT_TEXT_MAX),
    updated_by: { kind: 'id' },
  },
  report_narratives: {
    year: { kind: 'range', min: 2000, max: 2099 },
    section: oneOf(NARRATIVE_SECTIONS),
    text: notes(NARRATIVE_MAX_CHARS),
    updated_by: { kind: 'id' },
  },
  // The complaint policy, as JSON: read through its own schema (services/complaints/policy.ts).
  // The policy's defaults are seeded stamped at the epoch (never edited, so any edit wins).
  settings: { value: notes(100_000), updated_at: { kind: 'instant', orUnset: true } },
};

/** Every change arriving by sync asks for its fields' rules: each one is worked out once. */
const known = new Map<string, Map<string, Rule | undefined>>();

/** The rule for a field, by table, by name, then by the naming convention of the schema. */
export function ruleFor(table: string, field: string): Rule | undefined {
  let fields = known.get(table);
  if (!fields) known.set(table, (fields = new Map()));
  if (fields.has(field)) return fields.get(field);
  const rule = findRule(table, field);
  fields.set(field, rule);
  return rule;
}

function findRule(table: string, field: string): Rule | undefined {
  const rule = BY_TABLE[table]?.[field] ?? BY_NAME[field];
  if (rule) return rule;
  if (field.endsWith('_id')) return { kind: 'id' };
  if (field.endsWith('_on')) return { kind: 'date' };
  if (field.endsWith('_at')) return { kind: 'instant' };
  // Everything else is an officer's note: free text, several lines.
  if (/_(note|explanation|reason|detail|arrangements|agreed|needs|adjustments|determination)$/.test(field))
    return notes(5000);
  return undefined;
}

const UNSET_STAMP = new Date(0).toISOString();

const SHA256 = /^[0-9a-f]{64}$/;

function listProblem(value: unknown, values: readonly string[]): string | null {
  const problem = `Must be a JSON list of: ${values.join(', ')}`;
  if (typeof value !== 'string') return problem;
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return problem;
  }
  return Array.isArray(list) &&
    list.every((v) => typeof v === 'string' && values.includes(v)) &&
    new Set(list).size === list.length
    ? null
    : problem;
}

function jsonProblem(value: unknown, schema: z.ZodType, what: string): string | null {
  if (typeof value !== 'string') return `Must be ${what}, as JSON`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return `Must be ${what}, as JSON`;
  }
  const result = schema.safeParse(parsed);
  return result.success ? null : `Must be ${what}: ${result.error.issues[0]?.message ?? 'does not fit'}`;
}

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Why `value` cannot be stored in `table`.`field`, in plain words, or null when it can. Null (a
 * field left empty) is a question for the table's constraints, not for the value rules.
 */
export function fieldValueProblem(table: string, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const rule = ruleFor(table, field);
  if (!rule) return `Redress does not know the field ${table}.${field}`;
  switch (rule.kind) {
    case 'id':
      return typeof value === 'string' && RECORD_ID.test(value) ? null : 'Must be a record id';
    case 'date':
      return isPlausibleDate(value) ? null : `${IMPLAUSIBLE_DATE} (YYYY-MM-DD)`;
    case 'instant':
      return isPlausibleInstant(value) || (rule.orUnset && value === UNSET_STAMP)
        ? null
        : `${IMPLAUSIBLE_DATE} (an ISO 8601 time)`;
    case 'flag':
      return value === 0 || value === 1 ? null : 'Must be 0 or 1';
    case 'stage':
      return value === 1 || value === 2 ? null : 'Must be stage 1 or 2';
    case 'one_of':
      return typeof value === 'string' && rule.values.includes(value)
        ? null
        : `Must be one of: ${rule.values.join(', ')}`;
    case 'text':
      return typeof value === 'string' ? textProblem(value, rule.max, rule.lines) : 'Must be text';
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= rule.max
        ? null
        : `Must be a whole number from 0 to ${rule.max}`;
    case 'score':
      return value === 1 || value === 2 || value === 3 || value === 4 || value === 5
        ? null
        : 'Must be a score from 1 to 5';
    case 'sha256':
      return typeof value === 'string' && SHA256.test(value) ? null : 'Must be a SHA-256 (64 hex digits)';
    case 'list_of':
      return listProblem(value, rule.values);
    case 'range':
      return Number.isSafeInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max
        ? null
        : `Must be a whole number from ${rule.min} to ${rule.max}`;
    case 'json':
      return jsonProblem(value, rule.schema, rule.what);
  }
}
