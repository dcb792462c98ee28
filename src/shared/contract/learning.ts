// Learning from complaints: per case (service area, root cause, lesson learned, satisfaction after
// closure), the landlord's list of root causes, and the service improvement tracker ("you said,
// we did") with the cases behind each improvement.
import { z } from 'zod';
import { isoDate, optionalText, recordId as id, requiredText } from '../domain/fields';
import { ROOT_CAUSE_MAX, ROOT_CAUSES_MAX } from '../learning/rootCauses';
import {
  IMPROVEMENT_STATUSES,
  SERVICE_AREAS,
  type ImprovementStatus,
  type ServiceArea,
} from '../domain/vocabulary';
import { managers, mutation, officers, query } from './procedure';
import { EmptyInput } from './inputs';

const score = z
  .number({ error: 'A score from 1 to 5' })
  .int({ error: 'A score from 1 to 5' })
  .min(1, { error: 'A score from 1 to 5' })
  .max(5, { error: 'A score from 1 to 5' });

export const CaseLearningInput = z.object({ caseId: id });

/** Fields left out are kept; null (or blank text) clears one. */
export const SetLearningInput = z
  .object({
    caseId: id,
    serviceArea: z.enum(SERVICE_AREAS).nullable().optional(),
    // Wrapped again so a field left out stays out (optionalText alone turns it into null).
    rootCause: optionalText(ROOT_CAUSE_MAX).optional(),
    lesson: optionalText(5000).optional(),
  })
  .refine((v) => v.serviceArea !== undefined || v.rootCause !== undefined || v.lesson !== undefined, {
    message: 'Nothing to change',
  });

export const RecordSatisfactionInput = z.object({
  caseId: id,
  handling: score,
  outcome: score,
  comment: optionalText(2000),
  /** The date the resident was asked; today when left out. */
  on: isoDate.optional(),
});

export const UpdateRootCausesInput = z.object({
  /** The landlord's list, or null to go back to the list Redress ships with. */
  causes: z.array(requiredText(ROOT_CAUSE_MAX, 'A root cause')).max(ROOT_CAUSES_MAX).nullable(),
});

export const AddImprovementInput = z.object({
  title: requiredText(200, 'What is being improved'),
  owner: requiredText(160, 'Who owns the improvement'),
  serviceArea: z.enum(SERVICE_AREAS).nullable().optional(),
  youSaid: optionalText(5000),
  weDid: optionalText(5000),
});

export const UpdateImprovementInput = z.object({
  id,
  changes: z
    .object({
      title: requiredText(200, 'What is being improved'),
      owner: requiredText(160, 'Who owns the improvement'),
      status: z.enum(IMPROVEMENT_STATUSES),
      serviceArea: z.enum(SERVICE_AREAS).nullable(),
      youSaid: optionalText(5000),
      weDid: optionalText(5000),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const ImprovementCaseInput = z.object({ improvementId: id, caseId: id });

export const ListImprovementsInput = z
  .object({ status: z.enum(IMPROVEMENT_STATUSES).nullable().optional(), caseId: id.optional() })
  .default({});

export interface Satisfaction {
  handling: number;
  outcome: number;
  comment: string | null;
  askedOn: string;
}

export interface ImprovementCaseLink {
  caseId: string;
  reference: string;
}

export interface Improvement {
  id: string;
  title: string;
  owner: string;
  status: ImprovementStatus;
  serviceArea: ServiceArea | null;
  youSaid: string | null;
  weDid: string | null;
  createdAt: string;
  updatedAt: string;
  /** The live links, oldest first. */
  cases: ImprovementCaseLink[];
  caseCount: number;
}

export interface CaseLearning {
  caseId: string;
  reference: string;
  closedOn: string | null;
  serviceArea: ServiceArea | null;
  rootCause: string | null;
  lesson: string | null;
  satisfaction: Satisfaction | null;
  /** The improvements this case is linked to. */
  improvements: Improvement[];
  /** The landlord's root causes, to choose from. */
  rootCauses: string[];
}

export interface RootCauses {
  causes: string[];
  /** True while the landlord uses the list Redress ships with. */
  isDefault: boolean;
}

export const learningProcedures = {
  'learning.get': query<CaseLearning>()(CaseLearningInput, officers),
  'learning.set': mutation<CaseLearning>('synced')(SetLearningInput, officers),
  'learning.rootCauses': query<RootCauses>()(EmptyInput, officers),
  'learning.updateRootCauses': mutation<RootCauses>('synced')(
    UpdateRootCausesInput,
    managers('change the list of root causes'),
  ),
  'satisfaction.record': mutation<CaseLearning>('synced')(RecordSatisfactionInput, officers),
  'improvements.list': query<Improvement[]>()(ListImprovementsInput, officers),
  'improvements.add': mutation<Improvement>('synced')(AddImprovementInput, officers),
  'improvements.update': mutation<Improvement>('synced')(UpdateImprovementInput, officers),
  'improvements.link': mutation<Improvement>('synced')(ImprovementCaseInput, officers),
  'improvements.unlink': mutation<Improvement>('synced')(ImprovementCaseInput, officers),
} as const;
