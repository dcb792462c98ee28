// What the remedies and promised-actions procedures answer.
import type { IsoDate } from '../complaints/calendar';
import type { Stage } from '../complaints/deadlines';
import type { CompensationBand, CompensationBands } from '../remedies/compensation';
import type {
  Channel,
  CompensationHead,
  RemedyKind,
  RemedyStatus,
  ServiceArea,
  WorkItemStatus,
} from '../domain/vocabulary';

export interface Remedy {
  id: string;
  caseId: string;
  pointId: string | null;
  stage: Stage;
  kind: RemedyKind;
  text: string | null;
  amountPence: number | null;
  heads: CompensationHead[];
  status: RemedyStatus;
  /** The Ombudsman's band the amount falls into: guidance shown beside it. */
  band: CompensationBand | null;
  needsSignOff: boolean;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  offeredOn: IsoDate | null;
  acceptedOn: IsoDate | null;
  declinedOn: IsoDate | null;
  paidOn: IsoDate | null;
  offsetArrears: boolean;
  /** Its stage's response has been issued: kind, text, amount and heads stand as issued. */
  frozen: boolean;
  createdAt: string;
}

export interface RemedyList {
  items: Remedy[];
  thresholdPence: number;
  bands: CompensationBands;
}

export interface RemedySettings {
  panelThresholdPence: number;
  /** The bands in use: the landlord's own, or the shipped guidance when they have set none. */
  compensationBands: CompensationBands;
  /** Whether the bands are the landlord's own (false: the shipped default). */
  customBands: boolean;
}

export interface ActionUpdate {
  id: string;
  updatedOn: IsoDate;
  method: Channel;
  said: string;
  createdByName: string | null;
  createdAt: string;
}

export interface PromisedAction {
  id: string;
  caseId: string;
  caseReference: string;
  caseStatus: string;
  residentName: string | null;
  serviceArea: ServiceArea | null;
  remedyId: string | null;
  pointId: string | null;
  what: string;
  owner: string;
  ownerPersonId: string | null;
  ownerContact: string;
  dueOn: IsoDate;
  status: WorkItemStatus;
  completedOn: IsoDate | null;
  evidence: string | null;
  overdue: boolean;
  daysOverdue: number;
  createdAt: string;
}

export interface ActionTrackerPage {
  items: PromisedAction[];
  /** Open actions matching, counted up to a cap (see totalIsAtLeast). */
  total: number;
  /** More than `total` match: counting stopped there. */
  totalIsAtLeast: boolean;
  today: IsoDate;
}

export interface CaseActions {
  items: Array<PromisedAction & { updates: ActionUpdate[] }>;
  /** Who manages the actions left open when the case closed (seed 000). */
  actionsManager: string | null;
  today: IsoDate;
}
