// Words for realistic synthetic data, drawn from what the seeds' landlords and domain.md describe.
export const FIRST_NAMES = [
  'Amina', 'James', 'Olivia', 'Mohammed', 'Grace', 'Daniel', 'Fatima', 'Thomas', 'Chloe', 'Kwame',
  'Sophie', 'Patrick', 'Aisha', 'George', 'Megan', 'Tariq', 'Ellie', 'Joseph', 'Priya', 'Michael',
  'Hannah', 'Samuel', 'Zainab', 'Ryan', 'Lucy', 'Adebayo', 'Jessica', 'Connor', 'Mei', 'Liam',
  'Bronwen', 'Dylan', 'Agnieszka', 'Marek', 'Shauna', 'Callum', 'Nasra', 'Rhys', 'Yusuf', 'Joan',
  'Barbara', 'Kevin', 'Sandra', 'Desmond', 'Irene', 'Winston', 'Maureen', 'Derek', 'Precious', 'Oluwaseun',
];
export const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'Okafor', 'Mensah', 'Begum', 'Khan', 'Ahmed', 'Hussain', 'Nowak', 'Kowalski', "O'Brien", 'Murphy',
  'Achterberg', 'Quinlivan', 'Featherstonehaugh', 'Zielinski', 'Oyelaran', 'Prendergast', 'Szymanska', 'Van der Berg',
];
export const STREETS = [
  'Albion Road', 'Canal Walk', 'Chestnut Close', 'Victoria Street', 'Mill Lane', 'Park View', 'Station Road',
  'Church Street', 'Meadow Way', 'Riverside Court', 'Queens Drive', 'Orchard Grove', 'Foundry Lane',
  'Kingfisher House', 'Heron Court', 'Beacon Tower', 'Tanners Row', 'Granary Mews', 'Linden Avenue', 'Wharf Street',
];
export const TOWNS = ['Leeds', 'Bradford', 'Wakefield', 'Sheffield', 'Manchester', 'Salford', 'Oldham', 'Stockport', 'Bolton', 'Halifax'];
export const POSTCODE_AREAS = ['LS', 'BD', 'WF', 'S', 'M', 'OL', 'SK', 'BL', 'HX'];

/** Themes from domain.md, each with what residents actually say. */
export const THEMES: ReadonlyArray<{ area: string; issues: readonly string[] }> = [
  {
    area: 'responsive repairs',
    issues: [
      'missed repair appointment, nobody turned up and no call to say why',
      'repeat visits for the same leaking kitchen tap, still not fixed',
      'contractor left the bathroom without water overnight',
      'operative was rude and left mess in the hallway',
      'broken front door lock reported three weeks ago',
    ],
  },
  {
    area: 'damp and mould',
    issues: [
      'black mould in the bedroom returning after treatment, child has asthma',
      'damp patches on the living room wall and mould behind the wardrobe',
      'condensation and mould in the bathroom, extractor fan not working',
      'damp survey promised but never booked',
    ],
  },
  {
    area: 'heating and hot water',
    issues: [
      'no heating or hot water for five days in cold weather',
      'boiler keeps losing pressure, engineer visits did not fix it',
      'leaseholder gas servicing charge disputed',
      'radiators cold upstairs since the new boiler was fitted',
    ],
  },
  {
    area: 'estate services',
    issues: [
      'communal stairwell not cleaned for weeks',
      'grass cutting missed and bins overflowing on the estate',
      'lift out of order again, resident uses a wheelchair',
      'communal lights broken in the car park',
    ],
  },
  {
    area: 'anti-social behaviour',
    issues: [
      'noise from neighbour late at night, reports not acted on',
      'drug dealing in the stairwell, resident feels unsafe',
      'ASB case closed without telling the resident',
    ],
  },
  {
    area: 'rent and service charges',
    issues: [
      'service charge increase not explained',
      'rent account shows arrears after payment was made',
      'direct debit taken twice this month',
    ],
  },
  {
    area: 'fire safety',
    issues: [
      'fire door replacement programme left door unfinished',
      'evacuation signage missing on the fourth floor',
      'fire safety inspection found blocked escape route',
    ],
  },
  {
    area: 'communication',
    issues: [
      'not called back after three messages',
      'not kept informed about the repair progress',
      'letter sent in standard print although large print was agreed',
    ],
  },
  {
    area: 'aids and adaptations',
    issues: ['walk-in shower adaptation delayed for months', 'grab rails approved but never fitted'],
  },
  {
    area: 'lettings',
    issues: ['new home not at the re-let standard, dirty and damaged', 'keys handed over before gas safety check'],
  },
];

export const ADJUSTMENTS = [
  'Large print letters',
  'Easy read',
  'Interpreter needed (Polish)',
  'BSL interpreter for meetings',
  'Prefers contact after 3pm',
  'No phone calls: hearing loss, email only',
  'Contact through daughter, who has consent',
  'Autism-friendly communication: clear, written, no surprises',
  'Extra time to respond',
];

export const REPRESENTATIVES: ReadonlyArray<[string, string]> = [
  ['daughter', 'Family member'],
  ['son', 'Family member'],
  ['support worker', 'Support worker'],
  ['advocate', 'Advocate'],
  ['local councillor', 'Councillor'],
  ['MP caseworker', 'MP'],
];
