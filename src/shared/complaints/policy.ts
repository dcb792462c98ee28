// A landlord's complaint policy. Timescales are policy choices the Code bounds, so they are
// settings with the Code's figures as defaults; a landlord may be stricter, and where it is
// looser the app says so in plain words rather than refusing (the policy is theirs to own).
import { z } from 'zod';
import { DEFAULT_RETENTION_YEARS } from '../retention/retention';
import { dayNumber, isIsoDate, REGIONS, type IsoDate, type Region } from './calendar';

export interface PolicyProfile {
  /** Working days from receipt to the stage 1 acknowledgement. */
  acknowledgeDays: number;
  /** Working days from the stage 1 acknowledgement to the response. */
  stage1ResponseDays: number;
  /** Most working days a stage 1 response may be extended by. */
  stage1ExtensionDays: number;
  /** Working days from the escalation request to the stage 2 acknowledgement. */
  stage2AcknowledgeDays: number;
  /** Working days from the stage 2 acknowledgement to the response. */
  stage2ResponseDays: number;
  /** Most working days a stage 2 response may be extended by. */
  stage2ExtensionDays: number;
  /** How long after the issue (or the resident learning of it) a complaint is accepted. */
  complaintWindowMonths: number;
  /** An aim to resolve on first contact (seed 001: 24 hours); null when the landlord sets none. */
  firstContactResolutionHours: number | null;
  /** Whose bank holidays count as non-working days. */
  region: Region;
  /** Days the landlord is shut (e.g. between Christmas and New Year), sorted. */
  closureDays: IsoDate[];
  /** Years a resident's files are kept after their last case closed, before review for erasure. */
  retentionYears: number;
}

/** The Complaint Handling Code 2024's own figures. */
export const CODE_POLICY: Readonly<PolicyProfile> = Object.freeze({
  acknowledgeDays: 5,
  stage1ResponseDays: 10,
  stage1ExtensionDays: 10,
  stage2AcknowledgeDays: 5,
  stage2ResponseDays: 20,
  stage2ExtensionDays: 20,
  complaintWindowMonths: 12,
  firstContactResolutionHours: null,
  region: 'england-and-wales',
  retentionYears: DEFAULT_RETENTION_YEARS,
  // Frozen all the way down so no caller can change the Code's figures by editing a copy's list.
  closureDays: Object.freeze([]) as unknown as IsoDate[],
});

export const POLICY_LABELS: Record<keyof PolicyProfile, string> = {
  acknowledgeDays: 'Stage 1: acknowledge within (working days)',
  stage1ResponseDays: 'Stage 1: respond within (working days of acknowledgement)',
  stage1ExtensionDays: 'Stage 1: longest extension (working days)',
  stage2AcknowledgeDays: 'Stage 2: acknowledge within (working days)',
  stage2ResponseDays: 'Stage 2: respond within (working days of acknowledgement)',
  stage2ExtensionDays: 'Stage 2: longest extension (working days)',
  complaintWindowMonths: 'Accept complaints about issues up to (months old)',
  firstContactResolutionHours: 'Aim to resolve on first contact within (hours)',
  region: 'Bank holidays for',
  closureDays: 'Office closure days',
  retentionYears: 'Keep closed cases for (years after the last one closed)',
};

// Extensions may be 0 (none allowed); a time to acknowledge or respond is at least a working day,
// so that every deadline lands on a working day.
const days = (label: string, min = 1) =>
  z
    .number({ error: `${label} must be a number of working days` })
    .int(`${label} must be a whole number of working days`)
    .min(min, min === 0 ? `${label} cannot be negative` : `${label} must be at least 1 working day`)
    .max(60, `${label} cannot be more than 60 working days`);

const isoDate = z
  .string()
  .refine(isIsoDate, { error: (issue) => `Not a real date (YYYY-MM-DD): ${String(issue.input)}` });

export const policyProfileSchema = z.object({
  acknowledgeDays: days('The stage 1 acknowledgement time'),
  stage1ResponseDays: days('The stage 1 response time'),
  stage1ExtensionDays: days('The stage 1 extension', 0),
  stage2AcknowledgeDays: days('The stage 2 acknowledgement time'),
  stage2ResponseDays: days('The stage 2 response time'),
  stage2ExtensionDays: days('The stage 2 extension', 0),
  complaintWindowMonths: z
    .number({ error: 'The complaint window must be a number of months' })
    .int('The complaint window must be a whole number of months')
    .min(1, 'The complaint window must be at least 1 month')
    .max(36, 'The complaint window cannot be more than 36 months'),
  firstContactResolutionHours: z
    .number({ error: 'The first-contact aim must be a number of hours, or none' })
    .int('The first-contact aim must be a whole number of hours')
    .min(1, 'The first-contact aim must be at least 1 hour')
    .max(168, 'The first-contact aim cannot be more than 168 hours (a week)')
    .nullable(),
  region: z.enum(REGIONS as [Region, ...Region[]], {
    error: `The region must be one of: ${REGIONS.join(', ')}`,
  }),
  closureDays: z
    .array(isoDate)
    .max(366, 'No more than 366 closure days')
    .superRefine((list, ctx) => {
      for (let i = 1; i < list.length; i++) {
        const [prev, cur] = [list[i - 1]!, list[i]!];
        if (cur === prev)
          ctx.addIssue({ code: 'custom', path: [i], message: `Closure day ${cur} is listed twice` });
        else if (cur < prev)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `Closure days must be in date order: ${cur} comes after ${prev}`,
          });
      }
    }),
  // Left out by scripts written before it existed: the usual six years.
  retentionYears: z
    .number({ error: 'The retention period must be a number of years' })
    .int('The retention period must be a whole number of years')
    .min(1, 'The retention period must be at least 1 year')
    .max(30, 'The retention period cannot be more than 30 years')
    .default(DEFAULT_RETENTION_YEARS),
}) satisfies z.ZodType<PolicyProfile, unknown>;

export interface PolicyWarning {
  field: keyof PolicyProfile;
  message: string;
}

const workingDays = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

/** The policy's timescales counted in working days. */
export type DayField =
  | 'acknowledgeDays'
  | 'stage1ResponseDays'
  | 'stage1ExtensionDays'
  | 'stage2AcknowledgeDays'
  | 'stage2ResponseDays'
  | 'stage2ExtensionDays';

// Each timescale the Code caps: above the cap, the policy lets a landlord be later than the Code allows.
const CAPS: Array<{ field: DayField; says: (code: string) => string }> = [
  { field: 'acknowledgeDays', says: (c) => `stage 1 complaints to be acknowledged within ${c}` },
  { field: 'stage1ResponseDays', says: (c) => `a stage 1 response within ${c} of the acknowledgement` },
  {
    field: 'stage1ExtensionDays',
    says: (c) => `a stage 1 extension of no more than ${c} without good reason`,
  },
  { field: 'stage2AcknowledgeDays', says: (c) => `stage 2 requests to be acknowledged within ${c}` },
  { field: 'stage2ResponseDays', says: (c) => `a stage 2 response within ${c} of the acknowledgement` },
  {
    field: 'stage2ExtensionDays',
    says: (c) => `a stage 2 extension of no more than ${c} without good reason`,
  },
];

/** One plain-English warning for each setting looser than the Code; none for the Code's figures or stricter ones. */
export function policyWarnings(p: PolicyProfile): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  for (const cap of CAPS) {
    const [value, code] = [p[cap.field], CODE_POLICY[cap.field]];
    if (value > code) {
      warnings.push({
        field: cap.field,
        message: `The Code requires ${cap.says(workingDays(code))}; this policy allows ${value}.`,
      });
    }
  }
  if (p.complaintWindowMonths < CODE_POLICY.complaintWindowMonths) {
    warnings.push({
      field: 'complaintWindowMonths',
      message: `The Code only lets a complaint be refused as too old when the issue arose more than ${CODE_POLICY.complaintWindowMonths} months before; this policy refuses after ${p.complaintWindowMonths} ${p.complaintWindowMonths === 1 ? 'month' : 'months'}.`,
    });
  }
  const weekdayClosures = p.closureDays.filter((d) => isIsoDate(d) && isWeekday(d)).length;
  if (weekdayClosures > 0) {
    warnings.push({
      field: 'closureDays',
      message: `The Code counts every Monday to Friday except bank holidays as a working day; this policy also skips ${weekdayClosures} closure ${weekdayClosures === 1 ? 'day' : 'days'}, which pushes deadlines later.`,
    });
  }
  return warnings;
}

// A closure on a Saturday or Sunday changes no deadline, so it is not worth a warning.
function isWeekday(d: IsoDate): boolean {
  const dow = (((dayNumber(d) + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}
