// What the main side returns. Only what the screens need crosses to the renderer.
import type { CaseStatus, CaseType, Channel, ContactMethod, Direction, Role, Tenure } from '../domain/vocabulary';

export interface Person {
  id: string;
  name: string;
  role: Role;
  initials: string;
}

export interface AppStatus {
  installation: { id: string; code: string };
  me: Person | null;
  schemaVersion: number;
  dataDir: string;
  isEmpty: boolean;
}

export interface Property {
  id: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string | null;
  postcode: string;
  uprn: string | null;
  tenure: Tenure | null;
}

export interface Resident {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  preferredContactMethod: ContactMethod | null;
  preferredContactTimes: string | null;
  reasonableAdjustments: string | null;
  supportNeeds: string | null;
  vulnerable: boolean;
  representativeName: string | null;
  representativeRelationship: string | null;
  representativeContact: string | null;
  representativeConsent: boolean;
  propertyId: string | null;
  createdAt: string;
}

export interface ResidentSummary {
  id: string;
  name: string;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  vulnerable: boolean;
}

export interface Contact {
  id: string;
  occurredAt: string;
  channel: Channel;
  direction: Direction;
  summary: string;
  residentId: string | null;
  residentName: string | null;
  caseId: string | null;
  caseReference: string | null;
  loggedBy: string;
  loggedByName: string;
}

export interface CaseRow {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  summary: string;
  residentId: string | null;
  residentName: string | null;
  createdAt: string;
}

export interface CaseListPage {
  items: CaseRow[];
  nextCursor: string | null;
}

export interface ChangeEntry {
  hlc: string;
  at: string;
  actorName: string;
  entity: string;
  op: 'create' | 'set';
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export interface CaseDetail {
  case: CaseRow & { createdBy: string; createdByName: string; updatedAt: string };
  resident: Resident | null;
  property: Property | null;
  contacts: Contact[];
  history: ChangeEntry[];
}

export interface ResidentDetail {
  resident: Resident;
  property: Property | null;
  contacts: Contact[];
  cases: CaseRow[];
}

export interface LogCallResult {
  contact: Contact;
  case: CaseRow | null;
}

export interface SeedResult {
  cases: number;
  residents: number;
  contacts: number;
  millis: number;
}
