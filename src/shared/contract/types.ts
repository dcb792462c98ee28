import type { ComplaintView, DeadlineView } from './complaintTypes';
// What the main side returns. Only what the screens need crosses to the renderer.
import type {
  CaseStatus,
  CaseType,
  Channel,
  ContactMethod,
  Direction,
  Role,
  Tenure,
} from '../domain/vocabulary';

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
  /**
   * Started with `--demo` and still empty: the welcome screen adds the demo data as soon as the
   * officer has set up, so a share of it is theirs.
   */
  demoRequested: boolean;
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
  /** The day consent was given (YYYY-MM-DD); null without consent. */
  representativeConsentOn: string | null;
  /** Letters in large print, in points; null for the usual size. */
  largePrintPt: number | null;
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

/** A row of the Cases list: the case, who handles it and its next deadline (none once closed). */
export interface CaseListRow extends CaseRow {
  ownerId: string | null;
  ownerName: string | null;
  /** The next deadline and how urgent it is today (null when nothing is due). */
  deadline: DeadlineView | null;
}

export interface DeletedCase {
  id: string;
  reference: string;
  deletedAt: string;
}

export interface CaseListPage {
  items: CaseListRow[];
  nextCursor: string | null;
  /** Cases matching the filters and search, on every page, counted up to CASE_COUNT_CAP. */
  total: number;
  /** More cases match than were counted: `total` is CASE_COUNT_CAP and means "more than". */
  totalCapped: boolean;
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
  complaint: ComplaintView;
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
  /** Letters issued on the seeded complaints (demo data made through the app; none for benchmarks). */
  letters?: number;
}

// ---- Sync through a central share ----

export type ShareState = 'not_set_up' | 'offline' | 'syncing' | 'up_to_date' | 'error';

export interface DeviceStatus {
  replicaId: string;
  label: string;
  /** The two characters this installation puts inside its case references. */
  code: string | null;
  lastSeenAt: string | null;
  /** The newest change of theirs we have. */
  lastChangeAt: string | null;
  /** How many of our segments they had not yet read when they last wrote (null: never acknowledged). */
  behind: number | null;
  /** Held: their clock is so far ahead that their changes wait until a person looks. */
  held: boolean;
  /**
   * Approved: its signing key is vouched for (it joined with a join code, or an administrator
   * approved it). Changes from a computer not approved are held, never applied.
   */
  approved: boolean;
}

export interface ShareStatus {
  state: ShareState;
  path: string | null;
  shareId: string | null;
  progress: { done: number; total: number } | null;
  lastSyncAt: string | null;
  lastError: string | null;
  /** Local changes not yet written to the share. */
  outbox: number;
  devices: DeviceStatus[];
  /** Open "Needs attention" items. */
  attention: number;
  /** Where the share lives: a folder, Azure Blob Storage or an S3-compatible store; null when none is set up. */
  backend: 'folder' | 'azure' | 's3' | null;
  /**
   * How the share refuses a second write of a name: 'atomic' when the store itself refuses it,
   * 'check-then-write' when Redress looks first (a folder, or a store that ignores conditional
   * writes); null when none is set up.
   */
  createOnly: 'atomic' | 'check-then-write' | null;
  /**
   * Requests the last background sync that stopped at the change hint (nothing new anywhere) made to
   * the share; null until one has run. A full sync (the first after start, one every 10 minutes as a
   * backstop, Sync now, scripts) lists every computer's folder: about 4 + 2 per other computer.
   */
  requestsPerQuietSync: number | null;
  /** When the share's credential stops working (an Azure SAS link's expiry), ISO; null when it does not say. */
  credentialExpires: string | null;
}

export type AttentionKind =
  | 'conflict'
  | 'edited_after_delete'
  | 'unreadable_file'
  | 'clock'
  | 'duplicate_reference'
  | 'waiting_for_data'
  /** Another computer writes on the share under this installation's identity (a copied disk). */
  | 'fork'
  /** Edits merged from two computers left a case breaking a rule of the Code (see integrity.ts). */
  | 'lifecycle'
  /** Changes or a snapshot on the share that do not add up (another computer's name, claims beyond its files): not applied. */
  | 'untrusted_share'
  /** A change from another computer whose value the value rules refuse: held back, never stored. */
  | 'held_value';

export interface ConflictOption {
  hlc: string;
  value: unknown;
  by: string;
  at: string;
  device: string;
}

export interface AttentionItem {
  id: string;
  kind: AttentionKind;
  title: string;
  detail: string;
  createdAt: string;
  entity: string | null;
  entityId: string | null;
  caseReference: string | null;
  field: string | null;
  /** For conflicts: every concurrent value, so a person can choose. */
  options: ConflictOption[];
}

export interface SyncReport {
  exported: number;
  imported: number;
  segmentsRead: number;
  held: number;
  quarantined: number;
  conflicts: number;
  /** The whole sync. */
  millis: number;
  /** Of which: bringing search up to date with what was merged. */
  searchMillis: number;
  /**
   * Set when nothing went out because another computer writes under this computer's identity
   * (a `fork` item says what to do: `share.reidentify`).
   */
  forked?: boolean;
  /** Set when the sync stopped after one look at the share's change hints: nothing new, nothing to send. */
  quiet?: boolean;
  /** Requests this sync made of the share, where they were counted (the running app, `sync --json`). */
  requests?: number;
}

export interface NewIdentity {
  /** The reference code inside every case reference this computer issues from now on. */
  code: string;
}

export interface JoinCode {
  /** 20 characters in four groups of five, to read out or type on the new computer. */
  code: string;
  /** When it stops working (it also stops once used). */
  expiresAt: string;
}

export interface Snapshot {
  /** The snapshot's file name on the share. */
  snapshot: string;
}

/** `share gc`: what garbage collection removed of this computer's own files, and what it kept and why. */
export interface ShareGc {
  /** This computer's segments removed now. */
  segmentsRemoved: number;
  /** Bytes those files took on the share. */
  bytesFreed: number;
  /** Older markers and hello files of this computer removed now. */
  otherFilesRemoved: number;
  /** This computer's segments 1 to this number are no longer on the share. */
  removedThrough: number;
  /** This computer's segments still on the share. */
  segmentsKept: number;
  /** Why they stay, one line per reason (the counts may overlap), e.g. Priya's laptop has not read them yet. */
  kept: Array<{ segments: number; reason: string }>;
  /** A snapshot written first so the segments removed are held in one (its file name), or null. */
  snapshotWritten: string | null;
  /** Why nothing could be removed when the share refused (no delete right), or null. */
  refused: string | null;
  millis: number;
}

/** `share migrate`: a share copied file by file to another place, each file checked after writing. */
export interface ShareMigration {
  shareId: string;
  /** Files on the old share. */
  files: number;
  /** Written to the new share now. */
  copied: number;
  /** Already at the new share with the same bytes (an earlier run). */
  skipped: number;
  /** Read back from the new share and matched by SHA-256 (copied and skipped alike). */
  verified: number;
  /** Bytes written now. */
  bytes: number;
  millis: number;
}

export interface StateHash {
  stateHash: string;
}

export type * from './complaintTypes';
