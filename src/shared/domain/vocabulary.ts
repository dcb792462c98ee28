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

// The skeleton's lifecycle is open/closed; the Code's stages arrive with the complaint lifecycle.
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { open: 'Open', closed: 'Closed' };

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

export const ROLES = ['officer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Complaints officer',
  manager: 'Manager',
  admin: 'Administrator',
};
