// zod schemas for every procedure's input. The main side parses with these before any service
// runs; the renderer reuses them for form validation so the two never disagree.
import { password } from './session';
import { z } from 'zod';
import { OPENNESS, CASE_TYPES, CHANNELS, CONTACT_METHODS, DIRECTIONS, TENURES } from '../domain/vocabulary';

import {
  isoDate,
  isoInstant,
  optionalText,
  recordId as id,
  requiredText as required,
  text,
} from '../domain/fields';
import { roleInput } from '../domain/roles';
import { shareLineInput } from './shareLine';
import { LARGE_PRINT_MAX_PT, LARGE_PRINT_MIN_PT } from '../letters/stored';

export const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export const SetUpOfficerInput = z.object({
  name: required(120, 'Your name'),
  role: roleInput.default('officer'),
  initials: text(4)
    .regex(/^[A-Za-z]{1,4}$/, { message: 'Initials are one to four letters' })
    .transform((v) => v.toUpperCase()),
  /** Protects this person's key to the store (issue 13): never stored, only its Argon2id wrap. */
  password,
});

export const PropertyInput = z.object({
  addressLine1: required(200, 'The first line of the address'),
  addressLine2: optionalText(200),
  town: optionalText(100),
  postcode: text(10)
    .regex(UK_POSTCODE, { message: 'Must be a UK postcode, like SE1 7PB' })
    .transform((v) => normalisePostcode(v)),
  uprn: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, { message: 'A UPRN is up to 12 digits' })
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  tenure: z
    .enum(TENURES)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});

export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

const residentFields = {
  name: required(160, 'The resident’s name'),
  phone: optionalText(40),
  email: z
    .string()
    .trim()
    .email({ message: 'Must be an email address' })
    .max(200)
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  preferredContactMethod: z
    .enum(CONTACT_METHODS)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  preferredContactTimes: optionalText(200),
  reasonableAdjustments: optionalText(2000),
  supportNeeds: optionalText(2000),
  vulnerable: z.boolean(),
  representativeName: optionalText(160),
  representativeRelationship: optionalText(100),
  representativeContact: optionalText(200),
  representativeConsent: z.boolean(),
  /** The day the resident gave consent: needed with consent, never in the future (shared/residents/consent.ts). */
  representativeConsentOn: isoDate
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** Letters in large print: the body text size in points (null: the template's own). */
  largePrintPt: z
    .number()
    .int({ message: 'A whole number of points' })
    .min(LARGE_PRINT_MIN_PT, {
      message: `Large print is ${LARGE_PRINT_MIN_PT} to ${LARGE_PRINT_MAX_PT} points`,
    })
    .max(LARGE_PRINT_MAX_PT, {
      message: `Large print is ${LARGE_PRINT_MIN_PT} to ${LARGE_PRINT_MAX_PT} points`,
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
};

export const CreateResidentInput = z.object({
  ...residentFields,
  vulnerable: z.boolean().default(false),
  representativeConsent: z.boolean().default(false),
  // Either link an existing property or give the address inline.
  propertyId: id.optional().nullable(),
  property: PropertyInput.optional().nullable(),
});

/** How a resident's address changes: they moved (a new home for them alone) or it was mistyped. */
export const ADDRESS_CHANGES = ['moved', 'corrected'] as const;
export type AddressChange = (typeof ADDRESS_CHANGES)[number];

export const HomeChangeInput = z.object({
  property: PropertyInput,
  /**
   * moved: the resident gets a new home record and anyone who shared the old one keeps it;
   * corrected: the home record itself is corrected, for everyone recorded at it.
   */
  how: z.enum(ADDRESS_CHANGES),
});

export const UpdateResidentInput = z.object({
  id,
  changes: z
    .object({ ...residentFields, home: HomeChangeInput })
    .partial()
    .refine((c) => Object.keys(c).length > 0, {
      message: 'Nothing to change',
    }),
});

export const FindResidentsInput = z.object({
  query: text(200),
  limit: z.number().int().min(1).max(100).default(20),
});

export const ByIdInput = z.object({ id });

export const LogCallInput = z.object({
  residentId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  caseId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  occurredAt: isoInstant.optional(),
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS).default('inbound'),
  summary: required(10_000, 'A summary of the call'),
  /** Open a case of this type from the call, in the same transaction. */
  openCaseAs: z
    .enum(CASE_TYPES)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});

export const OpenCaseInput = z.object({
  type: z.enum(CASE_TYPES),
  summary: required(10_000, 'A summary of the case'),
  residentId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** The call this case was opened from: it joins the case's timeline. */
  fromContactId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /**
   * When the complaint was received (a letter that arrived on Friday, entered on Monday): the
   * Code's clock starts then. Default: the date of the call it is opened from, else today.
   */
  receivedOn: isoDate.optional(),
});

export const UpdateCaseInput = z.object({
  id,
  changes: z
    .object({
      /** Re-classifies the case (the lifecycle's triage step). */
      type: z.enum(CASE_TYPES),
      /** Closes or reopens; the Code's stages move only through cases.command. */
      status: z.enum(OPENNESS),
      summary: required(10_000, 'A summary of the case'),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const CASE_SORTS = ['newest', 'oldest', 'reference', 'reference_desc', 'deadline'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const CASE_SORT_LABELS: Record<CaseSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  reference: 'Reference A–Z',
  reference_desc: 'Reference Z–A',
  deadline: 'Next deadline (soonest first)',
};

/** The most cases the case list counts for its total (past it, the total reads "more than"). */
export const CASE_COUNT_CAP = 10_000;

export const ListCasesInput = z.object({
  search: text(200).optional(),
  type: z.enum(CASE_TYPES).optional().nullable(),
  /** Open (any stage) or closed. */
  status: z.enum(OPENNESS).optional().nullable(),
  residentId: id.optional().nullable(),
  /** Only cases the current officer handles (owns). */
  mine: z.boolean().optional(),
  sort: z.enum(CASE_SORTS).default('newest'),
  /** Opaque keyset cursor from the previous page. */
  cursor: z.string().max(200).optional().nullable(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const GetCaseInput = z.object({ idOrReference: required(60, 'A case id or reference') });

/**
 * Scripts (`seed --cases N`): up to a large landlord's seven years, the benchmarks' scale. It
 * takes about 20 s and answers other calls between its steps all the while; bigger stores for
 * benchmarks are seeded directly (bench/), not through a procedure.
 */
export const MAX_SCRIPT_DEMO_CASES = 100_000;
/**
 * A window's "Add demo data" (and `--demo`): enough to try every screen, done in about a second.
 * A page has no reason to ask for more, and a bigger number is only a way to tie the app up.
 */
export const MAX_WINDOW_DEMO_CASES = 2_000;

export const SeedDemoInput = z.object({
  cases: z.number().int().min(1).max(MAX_SCRIPT_DEMO_CASES).default(200),
  /** The same seed gives the same demo data (scripts, benchmarks); default: a fresh one each time. */
  seed: z.number().int().optional(),
});

/**
 * The demo store, however it is asked for (the welcome screen's "Add demo data" or `--demo`):
 * the same number of cases, with the officer who set up owning a share across every urgency.
 */
export const DEMO_CASES = 500;

export const SeedEmptyStoreInput = z.object({
  cases: z.number().int().min(1).max(MAX_WINDOW_DEMO_CASES).default(DEMO_CASES),
});

export const EmptyInput = z.object({}).default({});

export const ConnectShareInput = z.object({
  /** A folder's full path, an Azure container's SAS link, or s3://bucket/folder with its keys. */
  path: shareLineInput('The central share'),
  /** Set up a new share in an empty folder; otherwise join the one already there. */
  create: z.boolean().default(false),
  /** How this computer appears to the others, e.g. "Priya's laptop". */
  deviceLabel: optionalText(80),
  /** Joining an existing share: the join code shown on a computer already in it. */
  code: optionalText(40),
});

/** An administrator approves a computer that joined the share without a join code. */
export const ApproveComputerInput = z.object({
  replicaId: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'Choose a computer on the share',
    ),
});

/** A script names the share's folder on every step (it may differ from the one remembered). */
export const ShareFolderInput = z.object({ path: shareLineInput('The central share') });

export const MigrateShareInput = z.object({
  from: shareLineInput('The share to move'),
  to: shareLineInput('Where to move the share'),
});

export const NewIdentityInput = ShareFolderInput.extend({ deviceLabel: optionalText(80) });

export const ReidentifyInput = z
  .object({
    /** A new name for this computer as the others see it (default: keep the current one). */
    deviceLabel: optionalText(80),
  })
  .default({ deviceLabel: null });

export const ResolveConflictInput = z.object({
  id: required(200, 'The item to settle'),
  /** The clock value of the option the person chose. */
  chosen: required(80, 'The value to keep'),
});
