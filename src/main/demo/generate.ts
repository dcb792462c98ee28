// Realistic synthetic residents, homes, cases and calls: for demos and benchmarks alike.
// Pure: a seeded random source in, plain rows out. Writing them is seedStore's job.
import type { CaseType, Channel, ContactMethod, ServiceArea, Tenure } from '../../shared/domain/vocabulary';
import {
  ADJUSTMENTS,
  FIRST_NAMES,
  POSTCODE_AREAS,
  REPRESENTATIVES,
  STREETS,
  SURNAMES,
  THEMES,
  TOWNS,
} from './vocabulary';
import { chance, pick } from './random';

export interface DemoResident {
  name: string;
  phone: string | null;
  email: string | null;
  preferredContactMethod: ContactMethod | null;
  preferredContactTimes: string | null;
  reasonableAdjustments: string | null;
  supportNeeds: string | null;
  vulnerable: boolean;
  representative: { name: string; relationship: string; contact: string; consent: boolean } | null;
  property: { addressLine1: string; town: string; postcode: string; uprn: string; tenure: Tenure };
}

export interface DemoCase {
  type: CaseType;
  open: boolean;
  serviceArea: ServiceArea;
  summary: string;
  /** Follow-up calls after the one that opened the case, as offsets in hours. */
  followUpHours: number[];
  channel: Channel;
}

const CHANNEL_WEIGHTS: Array<[Channel, number]> = [
  ['phone', 0.55],
  ['email', 0.15],
  ['web_form', 0.12],
  ['letter', 0.05],
  ['in_person', 0.05],
  ['estate_visit', 0.05],
  ['social_media', 0.03],
];
const TYPE_WEIGHTS: Array<[CaseType, number]> = [
  ['complaint', 0.45],
  ['service_request', 0.25],
  ['enquiry', 0.15],
  ['negative_feedback', 0.1],
  ['compliment', 0.05],
];
const TENURE_WEIGHTS: Array<[Tenure, number]> = [
  ['assured', 0.55],
  ['secure', 0.15],
  ['starter', 0.1],
  ['shared_ownership', 0.07],
  ['leasehold', 0.1],
  ['temporary', 0.03],
];

function weighted<T>(random: () => number, weights: Array<[T, number]>): T {
  let r = random();
  for (const [value, w] of weights) {
    if ((r -= w) < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

const digits = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

export function demoResident(random: () => number): DemoResident {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, SURNAMES);
  const hasEmail = chance(random, 0.6);
  const rep = chance(random, 0.08) ? pick(random, REPRESENTATIVES) : null;
  const area = pick(random, POSTCODE_AREAS);
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const postcode = `${area}${1 + Math.floor(random() * 20)} ${Math.floor(random() * 10)}${pick(random, [...letters])}${pick(random, [...letters])}`;
  return {
    name: `${first} ${last}`,
    // 07700 900xxx is Ofcom's range reserved for drama: never a real person's number.
    phone: chance(random, 0.9) ? `07700 900${digits(random, 3)}` : null,
    email: hasEmail
      ? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${digits(random, 2)}@example.org`
      : null,
    preferredContactMethod: chance(random, 0.5) ? (hasEmail ? 'email' : 'phone') : null,
    preferredContactTimes: chance(random, 0.15)
      ? pick(random, ['Mornings', 'After 3pm', 'Weekday evenings'])
      : null,
    reasonableAdjustments: chance(random, 0.12) ? pick(random, ADJUSTMENTS) : null,
    supportNeeds: chance(random, 0.06)
      ? pick(random, [
          'Mental health support',
          'Mobility impairment',
          'Visual impairment',
          'Learning disability',
        ])
      : null,
    vulnerable: chance(random, 0.1),
    representative: rep
      ? {
          name: `${pick(random, FIRST_NAMES)} ${last}`,
          relationship: rep[0],
          contact: `07700 900${digits(random, 3)}`,
          consent: chance(random, 0.85),
        }
      : null,
    property: {
      addressLine1: `${1 + Math.floor(random() * 180)} ${pick(random, STREETS)}`,
      town: pick(random, TOWNS),
      postcode,
      uprn: `10${digits(random, 10)}`,
      tenure: weighted(random, TENURE_WEIGHTS),
    },
  };
}

const AREA_TO_SERVICE: Record<string, ServiceArea> = {
  'responsive repairs': 'repairs',
  'damp and mould': 'damp_and_mould',
  'heating and hot water': 'heating',
  'estate services': 'estate_services',
  'anti-social behaviour': 'asb',
  'rent and service charges': 'rent_and_charges',
  'fire safety': 'fire_safety',
  communication: 'communication',
  'aids and adaptations': 'adaptations',
  lettings: 'lettings',
};

/** `type`: a case of this type (the demo officer's own complaints), otherwise one as they come. */
export function demoCase(random: () => number, ageDays: number, asType?: CaseType): DemoCase {
  const theme = pick(random, THEMES);
  const type = asType ?? weighted(random, TYPE_WEIGHTS);
  const issue = pick(random, theme.issues);
  // Repairs carry the contractor's job number, which officers search for: a realistic rare term.
  const job =
    theme.area === 'responsive repairs' && chance(random, 0.6) ? ` Repair job ${digits(random, 8)}.` : '';
  const summary =
    type === 'compliment'
      ? `Resident praised the ${theme.area} team: ${issue.split(',')[0]} was sorted quickly and politely.`
      : type === 'enquiry'
        ? `Resident asked about ${theme.area}: ${issue}.`
        : `${capitalise(issue)} (${theme.area}).${job}`;
  const stillOpen = ageDays < 40 ? chance(random, 0.75) : chance(random, 0.02);
  const followUps = Math.floor(random() * 3);
  return {
    type,
    open: stillOpen,
    serviceArea: AREA_TO_SERVICE[theme.area] ?? 'other',
    summary,
    followUpHours: Array.from({ length: followUps }, (_, i) => (i + 1) * (4 + Math.floor(random() * 72))),
    channel: weighted(random, CHANNEL_WEIGHTS),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const FOLLOW_UP_NOTES = [
  'Called the resident back with an update; they are still waiting for the visit.',
  'Resident rang to chase progress.',
  'Left a voicemail asking the resident to call back.',
  'Resident confirmed the appointment time.',
  'Emailed the resident the contractor’s report.',
];
