// Inputs of the complaint lifecycle's procedures. Dates are calendar dates (YYYY-MM-DD).
import { z } from 'zod';
import { isoDate, isoInstant, optionalText, recordId, requiredText } from '../domain/fields';
import { lifecycleCommandRequestSchema } from '../complaints/lifecycleCommand';
import { policyProfileSchema } from '../complaints/policy';
import {
  CHANNELS,
  CONTACT_OUTCOMES,
  OUTCOME_POSSIBLE,
  POINT_DECISIONS,
  SERVICE_AREAS,
  CASE_TYPES,
} from '../domain/vocabulary';
import { URGENCY_FILTERS } from '../complaints/urgencyBands';

const id = recordId;

/** One lifecycle step; the state machine in src/shared/complaints/lifecycle.ts decides if it is allowed. */
export const LifecycleCommandInput = lifecycleCommandRequestSchema;

export const CaseCommandInput = z.object({ id, command: LifecycleCommandInput });

export const UpdateComplaintInput = z.object({
  id,
  changes: z
    .object({
      serviceArea: z.enum(SERVICE_AREAS).nullable(),
      issueNoticedOn: isoDate.nullable(),
      receivedOn: isoDate,
      responsibilityNote: optionalText(5000),
      communicationArrangements: optionalText(2000),
      adjustmentsAgreed: optionalText(2000),
      isGroup: z.boolean(),
      ombudsmanReference: optionalText(60),
      ombudsmanDetermination: optionalText(5000),
      ombudsmanDeterminedOn: isoDate.nullable(),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const HealthAndSafetyInput = z.object({
  id,
  /** False clears the flag (the history keeps who raised and cleared it). */
  risk: z.boolean(),
  detail: optionalText(2000),
  toldWhom: optionalText(200),
  toldAt: isoInstant.nullable().optional(),
});

export const AddPointInput = z.object({
  caseId: id,
  point: requiredText(2000, 'The point of complaint, in the resident’s words'),
  outcomeSought: optionalText(2000),
  outcomePossible: z.enum(OUTCOME_POSSIBLE).nullable().optional(),
  possibilityNote: optionalText(2000),
});

export const UpdatePointInput = z.object({
  id,
  changes: z
    .object({
      point: requiredText(2000, 'The point of complaint'),
      outcomeSought: optionalText(2000),
      outcomePossible: z.enum(OUTCOME_POSSIBLE).nullable(),
      possibilityNote: optionalText(2000),
      decision: z.enum(POINT_DECISIONS).nullable(),
      reasons: optionalText(5000),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const ContactAttemptInput = z.object({
  caseId: id,
  at: isoInstant,
  channel: z.enum(CHANNELS).default('phone'),
  outcome: z.enum(CONTACT_OUTCOMES),
  note: optionalText(2000),
});

export const OmbudsmanRequestInput = z.object({
  caseId: id,
  kind: z.enum(['evidence', 'order']),
  detail: requiredText(2000, 'What the Ombudsman asked for'),
  requestedOn: isoDate,
  /** Evidence is due in 15 working days unless the Ombudsman sets another date. */
  dueOn: isoDate.nullable().optional(),
});

export const OmbudsmanDoneInput = z.object({ id, doneOn: isoDate });

export const AddPartyInput = z.object({ caseId: id, residentId: id });

export const ListWorkInput = z.object({
  /** Only this officer's cases ("My work"); otherwise every open case (the managers' view). */
  mine: z.boolean().default(false),
  stage: z
    .union([z.literal(1), z.literal(2)])
    .nullable()
    .optional(),
  ownerId: id.nullable().optional(),
  serviceArea: z.enum(SERVICE_AREAS).nullable().optional(),
  /** Only cases of this type (compliments and enquiries have no deadline). */
  type: z.enum(CASE_TYPES).nullable().optional(),
  /** Only the cases one urgency tile counts. */
  urgency: z.enum(URGENCY_FILTERS).nullable().optional(),
  /** How many of the matching cases, most urgent first, to skip (a page's start). */
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const UpdatePolicyInput = z.object({ policy: policyProfileSchema });
