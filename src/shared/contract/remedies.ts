// Remedies ("putting things right") with compensation and its panel sign-off, and the promised
// actions that outlive the case, with their tracker.
import { z } from 'zod';
import { compensationBandsSchema } from '../remedies/compensation';
import { isoDate, optionalText, recordId, requiredText } from '../domain/fields';
import { CHANNELS, COMPENSATION_HEADS, REMEDY_KINDS, SERVICE_AREAS } from '../domain/vocabulary';
import { managers, mutation, officers, query } from './procedure';
import type * as Out from './remedyTypes';

const id = recordId;
/** At most £1,000,000: anything more is a typing slip. */
const pence = z
  .number()
  .int({ message: 'Must be a whole number of pence' })
  .min(1, { message: 'Must be more than £0' })
  .max(100_000_000, { message: 'Must be at most £1,000,000' });
const heads = z.array(z.enum(COMPENSATION_HEADS)).max(COMPENSATION_HEADS.length);

export const AddRemedyInput = z.object({
  caseId: id,
  pointId: id.nullable().optional(),
  kind: z.enum(REMEDY_KINDS),
  text: optionalText(5000),
  amountPence: pence.nullable().optional(),
  heads: heads.optional(),
});

export const UpdateRemedyInput = z.object({
  id,
  changes: z
    .object({
      kind: z.enum(REMEDY_KINDS),
      text: optionalText(5000),
      amountPence: pence.nullable(),
      heads,
      pointId: id.nullable(),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const RemedyStepInput = z.object({ id, on: isoDate.optional() });
/** Accepting or paying: the resident may choose to have it offset against rent arrears. */
export const RemedyMoneyStepInput = RemedyStepInput.extend({ offsetArrears: z.boolean().optional() });

export const ByCaseInput = z.object({ caseId: id });

export const UpdateRemedySettingsInput = z
  .object({
    panelThresholdPence: z.number().int().min(0).max(100_000_000),
    /** null: back to the shipped guidance. */
    compensationBands: compensationBandsSchema.nullable(),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' });

export const AddActionInput = z.object({
  caseId: id,
  what: requiredText(2000, 'What was promised'),
  owner: requiredText(160, 'Who owns the action'),
  ownerContact: requiredText(200, 'The contact the resident was given'),
  dueOn: isoDate,
  remedyId: id.nullable().optional(),
  pointId: id.nullable().optional(),
});

export const ActionUpdateInput = z.object({
  id,
  method: z.enum(CHANNELS),
  said: requiredText(5000, 'What the resident was told'),
  on: isoDate.optional(),
});

export const CompleteActionInput = z.object({
  id,
  evidence: requiredText(5000, 'Evidence the action was done'),
  on: isoDate.optional(),
});

export const ListActionsInput = z.object({
  overdue: z.boolean().optional(),
  owner: z.string().trim().min(1).max(160).optional(),
  serviceArea: z.enum(SERVICE_AREAS).optional(),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).max(10_000_000).default(0),
});

export const remedyProcedures = {
  'remedies.add': mutation<Out.Remedy>('synced')(AddRemedyInput, officers),
  'remedies.update': mutation<Out.Remedy>('synced')(UpdateRemedyInput, officers),
  'remedies.approve': mutation<Out.Remedy>('synced')(
    z.object({ id }),
    managers('approve compensation above the panel threshold'),
  ),
  'remedies.offer': mutation<Out.Remedy>('synced')(RemedyStepInput, officers),
  'remedies.accept': mutation<Out.Remedy>('synced')(RemedyMoneyStepInput, officers),
  'remedies.decline': mutation<Out.Remedy>('synced')(RemedyStepInput, officers),
  'remedies.pay': mutation<Out.Remedy>('synced')(RemedyMoneyStepInput, officers),
  'remedies.list': query<Out.RemedyList>()(ByCaseInput, officers),
  'remedies.settings': query<Out.RemedySettings>()(z.object({}).default({}), officers),
  'remedies.updateSettings': mutation<Out.RemedySettings>('synced')(
    UpdateRemedySettingsInput,
    managers('change the panel threshold and compensation bands'),
  ),
  'actions.add': mutation<Out.PromisedAction>('synced')(AddActionInput, officers),
  'actions.update': mutation<Out.PromisedAction>('synced')(ActionUpdateInput, officers),
  'actions.complete': mutation<Out.PromisedAction>('synced')(CompleteActionInput, officers),
  'actions.list': query<Out.ActionTrackerPage>()(ListActionsInput, officers),
  'actions.forCase': query<Out.CaseActions>()(ByCaseInput, officers),
  /** The owners of open actions, for the tracker's filter. */
  'actions.owners': query<string[]>()(z.object({}).default({}), officers),
} as const;
