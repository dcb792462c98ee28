// The words a housing officer uses, as closed lists. Labels are for people; values are stored.

export const CASE_TYPES = [
  'enquiry',
  'service_request',
  'complaint',
  'negative_feedback',
  'compliment',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  enquiry: 'Enquiry',
  service_request: 'Service request',
  complaint: 'Complaint',
  negative_feedback: 'Negative feedback',
  compliment: 'Compliment',
};

// Where a case is in its life. One field, so two computers merging can only ever land on one of
// these (never half of one and half of another). Non-complaints go open → closed; complaints move
// through the Code's two stages (see src/shared/complaints/lifecycle.ts for the rules).
export const CASE_STATUSES = [
  'open',
  'stage1',
  'stage1_responded',
  'stage2_requested',
  'stage2',
  'stage2_responded',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  stage1: 'Stage 1',
  stage1_responded: 'Stage 1 response issued',
  stage2_requested: 'Escalation requested',
  stage2: 'Stage 2',
  stage2_responded: 'Final response issued',
  closed: 'Closed',
};

/** The case list's coarse filter: every status but closed counts as open. */
export const OPENNESS = ['open', 'closed'] as const;
export type Openness = (typeof OPENNESS)[number];

/** Why a case was closed. */
export const CLOSURE_REASONS = ['resolved', 'declined', 'withdrawn', 'merged', 'escalation_refused'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  resolved: 'Resolved',
  declined: 'Not accepted as a complaint',
  withdrawn: 'Withdrawn by the resident',
  merged: 'Merged into another case',
  escalation_refused: 'Escalation to stage 2 refused',
};

/** The Code's grounds for not accepting a complaint (§2), plus those landlords' policies add. */
export const EXCLUSION_REASONS = [
  'older_than_window',
  'legal_proceedings',
  'insurance_claim',
  'already_considered',
  'not_landlord_responsibility',
  'other_process',
  'other',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  older_than_window: 'The issue is older than the complaint window and not recurring',
  legal_proceedings: 'Legal proceedings have started',
  insurance_claim: 'An insurance or personal injury claim',
  already_considered: 'Already considered under the complaints policy',
  not_landlord_responsibility: 'Outside the landlord’s responsibility',
  other_process: 'Belongs to another process (e.g. safeguarding, staff conduct, neighbour dispute)',
  other: 'Another reason (explained in writing)',
};

export const POINT_DECISIONS = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type PointDecision = (typeof POINT_DECISIONS)[number];
export const POINT_DECISION_LABELS: Record<PointDecision, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
};

export const OUTCOME_POSSIBLE = ['yes', 'partly', 'no'] as const;
export type OutcomePossible = (typeof OUTCOME_POSSIBLE)[number];

export const SERVICE_AREAS = [
  'repairs',
  'damp_and_mould',
  'heating',
  'estate_services',
  'asb',
  'neighbourhood',
  'rent_and_charges',
  'lettings',
  'adaptations',
  'fire_safety',
  'investment_works',
  'staff_conduct',
  'communication',
  'complaint_handling',
  'other',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];
export const SERVICE_AREA_LABELS: Record<ServiceArea, string> = {
  repairs: 'Responsive repairs',
  damp_and_mould: 'Damp and mould',
  heating: 'Heating and hot water',
  estate_services: 'Estate services',
  asb: 'Anti-social behaviour',
  neighbourhood: 'Neighbourhood management',
  rent_and_charges: 'Rent and service charges',
  lettings: 'Lettings',
  adaptations: 'Aids and adaptations',
  fire_safety: 'Fire safety',
  investment_works: 'Investment works',
  staff_conduct: 'Staff conduct',
  communication: 'Communication',
  complaint_handling: 'Complaint handling',
  other: 'Other',
};

export const CHANNELS = [
  'phone',
  'email',
  'letter',
  'in_person',
  'web_form',
  'social_media',
  'estate_visit',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
  web_form: 'Web form',
  social_media: 'Social media',
  estate_visit: 'Estate visit',
};

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  inbound: 'From the resident',
  outbound: 'To the resident',
};

/** Why an officer contacted the resident: before issuing a response (seed 004 makes two attempts). */
export const CONTACT_PURPOSES = ['pre_response'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** What came of a contact attempt. The label is also the record's summary when no note is given. */
export const CONTACT_OUTCOMES = ['reached', 'no_answer', 'message_left'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
export const CONTACT_OUTCOME_LABELS: Record<ContactOutcome, string> = {
  reached: 'Spoke to the resident',
  no_answer: 'No answer',
  message_left: 'Left a message',
};

export const CONTACT_METHODS = [
  'phone',
  'email',
  'letter',
  'text_message',
  'in_person',
  'via_representative',
] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  text_message: 'Text message',
  in_person: 'In person',
  via_representative: 'Through their representative',
};

export const TENURES = [
  'assured',
  'starter',
  'secure',
  'shared_ownership',
  'leasehold',
  'temporary',
  'licence',
  'other',
] as const;
export type Tenure = (typeof TENURES)[number];
export const TENURE_LABELS: Record<Tenure, string> = {
  assured: 'Assured tenancy',
  starter: 'Starter tenancy',
  secure: 'Secure tenancy',
  shared_ownership: 'Shared ownership',
  leasehold: 'Leasehold',
  temporary: 'Temporary accommodation',
  licence: 'Licence',
  other: 'Other',
};

/**
 * Who someone is in the complaints team, lowest first: the order is the ladder (a senior officer
 * may do all an officer may, and so on up). `admin` is the stored value existing stores hold.
 */
export const ROLES = ['officer', 'senior_officer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Officer',
  senior_officer: 'Senior officer',
  manager: 'Manager',
  admin: 'Administrator',
};
/** A signatory's job title on letters to residents (fuller than the role's label in the app). */
export const ROLE_TITLES_ON_LETTERS: Record<Role, string> = {
  officer: 'Complaints officer',
  senior_officer: 'Senior complaints officer',
  manager: 'Manager',
  admin: 'Administrator',
};

// ——— Investigations, remedies and promised actions (issue 10) ———

/** The Code's remedies ("putting things right", §7 and the Ombudsman's remedies guidance). */
export const REMEDY_KINDS = [
  'apology',
  'acknowledgement',
  'explanation',
  'reconsidered_decision',
  'record_amended',
  'works',
  'policy_changed',
  'financial',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  apology: 'Apology',
  acknowledgement: 'Acknowledgement of what went wrong',
  explanation: 'Explanation',
  reconsidered_decision: 'Reconsidered decision',
  record_amended: 'Record amended',
  works: 'Works to put things right',
  policy_changed: 'Policy or procedure changed',
  financial: 'Financial remedy',
};

/** What compensation is paid for (the Ombudsman's heads of loss). */
export const COMPENSATION_HEADS = [
  'financial_loss',
  'time_and_trouble',
  'distress_inconvenience',
  'goodwill',
] as const;
export type CompensationHead = (typeof COMPENSATION_HEADS)[number];
export const COMPENSATION_HEAD_LABELS: Record<CompensationHead, string> = {
  financial_loss: 'Financial loss',
  time_and_trouble: 'Time and trouble',
  distress_inconvenience: 'Distress and inconvenience',
  goodwill: 'Goodwill gesture',
};

/** Where a remedy is: proposed by the officer, put to the resident, and what came of it. */
export const REMEDY_STATUSES = ['proposed', 'offered', 'accepted', 'declined', 'paid'] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];
export const REMEDY_STATUS_LABELS: Record<RemedyStatus, string> = {
  proposed: 'Proposed',
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
  paid: 'Paid',
};

/** An investigation task or a promised action: still to do, done, or no longer needed. */
export const WORK_ITEM_STATUSES = ['open', 'done', 'cancelled'] as const;
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];
export const WORK_ITEM_STATUS_LABELS: Record<WorkItemStatus, string> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'No longer needed',
};

/** A service improvement from complaints' learning ("you said, we did"). */
export const IMPROVEMENT_STATUSES = ['proposed', 'in_progress', 'done'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = {
  proposed: 'Proposed',
  in_progress: 'In progress',
  done: 'Done',
};

/** What an amendment after a response corrects (the record kinds whose decisions are frozen). */
export const AMENDABLE_RECORDS = ['complaint_point', 'remedy'] as const;
export type AmendableRecord = (typeof AMENDABLE_RECORDS)[number];

/** Satisfaction with the handling and with the outcome, asked after closure. */
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export type SatisfactionScore = (typeof SATISFACTION_SCORES)[number];
