// Words for realistic synthetic data, drawn from what the seeds' landlords and domain.md describe.
export const FIRST_NAMES = [
  'Amina',
  'James',
  'Olivia',
  'Mohammed',
  'Grace',
  'Daniel',
  'Fatima',
  'Thomas',
  'Chloe',
  'Kwame',
  'Sophie',
  'Patrick',
  'Aisha',
  'George',
  'Megan',
  'Tariq',
  'Ellie',
  'Joseph',
  'Priya',
  'Michael',
  'Hannah',
  'Samuel',
  'Zainab',
  'Ryan',
  'Lucy',
  'Adebayo',
  'Jessica',
  'Connor',
  'Mei',
  'Liam',
  'Bronwen',
  'Dylan',
  'Agnieszka',
  'Marek',
  'Shauna',
  'Callum',
  'Nasra',
  'Rhys',
  'Yusuf',
  'Joan',
  'Barbara',
  'Kevin',
  'Sandra',
  'Desmond',
  'Irene',
  'Winston',
  'Maureen',
  'Derek',
  'Precious',
  'Oluwaseun',
];
export const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'Okafor',
  'Mensah',
  'Begum',
  'Khan',
  'Ahmed',
  'Hussain',
  'Nowak',
  'Kowalski',
  "O'Brien",
  'Murphy',
  'Achterberg',
  'Quinlivan',
  'Featherstonehaugh',
  'Zielinski',
  'Oyelaran',
  'Prendergast',
  'Szymanska',
  'Van der Berg',
];
export const STREETS = [
  'Albion Road',
  'Canal Walk',
  'Chestnut Close',
  'Victoria Street',
  'Mill Lane',
  'Park View',
  'Station Road',
  'Church Street',
  'Meadow Way',
  'Riverside Court',
  'Queens Drive',
  'Orchard Grove',
  'Foundry Lane',
  'Kingfisher House',
  'Heron Court',
  'Beacon Tower',
  'Tanners Row',
  'Granary Mews',
  'Linden Avenue',
  'Wharf Street',
];
export const TOWNS = [
  'Leeds',
  'Bradford',
  'Wakefield',
  'Sheffield',
  'Manchester',
  'Salford',
  'Oldham',
  'Stockport',
  'Bolton',
  'Halifax',
];
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
    issues: [
      'new home not at the re-let standard, dirty and damaged',
      'keys handed over before gas safety check',
    ],
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

// ——— Investigations, remedies, promised actions and learning (issue 10) ———

/** Colleagues' teams: who an investigation task goes to and who owns a promised action. */
export const TEAMS = [
  'Complaints team',
  'Repairs team',
  'Damp and mould team',
  'Housing management',
  'Income team',
  'Estate services',
  'Customer services',
];

/** Points of complaint, as residents put them (seed 000's and 004's case files). */
export const POINTS = [
  'The repair was not done by the date I was promised',
  'Nobody turned up to the appointment and nobody called',
  'I was not kept informed about what was happening',
  'The officer I spoke to was dismissive',
  'My calls and emails were not answered',
  'The work that was done was poor and had to be redone',
  'I was charged for something that was not my fault',
  'My vulnerability was not taken into account',
];
export const OUTCOMES_SOUGHT = [
  'A fixed date for the repair',
  'An apology',
  'Compensation for the time off work',
  'The mould treated properly so it does not come back',
  'To be kept updated every week',
  'The charge removed from my account',
];
export const FINDINGS = [
  'The repair log shows three appointments booked and none attended; the contractor has no record of calling the resident.',
  'The job was raised as routine when it should have been an emergency under the repairs policy.',
  'Call records show two messages left for the officer that were not returned.',
  'The surveyor’s report confirms damp caused by a failed gutter, not by the resident’s lifestyle.',
  'The account was charged in error when the payment was allocated to the wrong rent week.',
  'The officer’s notes show the resident was told the work was complete before it was inspected.',
];
export const BASES = [
  'Responsive repairs policy, section 4 (emergency and routine timescales)',
  'Housing Ombudsman Complaint Handling Code, section 6',
  'Damp and mould policy: inspect within 10 working days',
  'Customer service standards: return calls within one working day',
  'Landlord and Tenant Act 1985, section 11 (repairing obligations)',
  'Housing Ombudsman spotlight report on damp and mould (good practice)',
];
export const NOT_UPHELD_REASONS = [
  'The appointment was kept; the contractor’s photographs show the work completed.',
  'The charge is correct under the tenancy agreement and was explained in writing.',
  'The records show the officer called back the same day.',
];
export const UPHELD_REASONS = [
  'We did not meet our repairs timescales and did not tell the resident why.',
  'We failed to return the resident’s calls as our standards require.',
  'Our records were wrong and the resident was charged in error.',
  'The work was not done to the standard we expect.',
];

export const CASE_NOTES = [
  'Spoke to the repairs supervisor: job re-raised as an emergency.',
  'Checked the repair history: four jobs on this address in 12 months.',
  'Resident prefers email; confirmed their address.',
  'Photos from the estate visit saved to the case.',
  'Contractor says the operative attended but got no answer; asked for the GPS log.',
  'Called the resident to agree the outcome they are looking for.',
];
export const NOTE_CORRECTIONS = [
  'Correction: the visit was on Tuesday, not Monday.',
  'Correction: the job number is for the bathroom, not the kitchen.',
  'Correction: the resident’s daughter made the call, with consent.',
];

export const TASKS: ReadonlyArray<{ what: string; withWhom: string }> = [
  { what: 'Send the repair history and job notes for the last 12 months', withWhom: 'Repairs team' },
  { what: 'Confirm whether the operative attended and at what time', withWhom: 'Axis Contractors' },
  { what: 'Send the damp survey report and photos', withWhom: 'Damp and mould team' },
  { what: 'Explain the charge on the rent account', withWhom: 'Income team' },
  { what: 'Give an account of the phone call on the resident’s file', withWhom: 'Housing officer' },
  { what: 'Confirm when the communal cleaning was last done', withWhom: 'Estate services' },
];
export const TASK_ANSWERS = [
  'No attendance recorded on the job; the operative was sent to the wrong address.',
  'Report attached: damp from a blocked gutter, cleared on the visit.',
  'The charge was an allocation error and has been reversed.',
  'Cleaning was missed for three weeks while the contract changed hands.',
  'Operative attended at 08:10, no answer; no card was left.',
];

export const APOLOGIES = [
  'We are sorry we did not keep our appointments or tell you why.',
  'We apologise for not returning your calls.',
  'We are sorry for the distress the mould has caused your family.',
];
export const EXPLANATIONS = [
  'We explained how the charge was worked out and what it covers.',
  'We explained why the job was raised as routine and what we have changed.',
];
export const WORKS = [
  'Treat the mould and repaint the bedroom ceiling with anti-fungal paint',
  'Replace the extractor fan in the bathroom',
  'Clear the gutter and repair the downpipe',
  'Fit a new front door lock',
  'Repair the kitchen tap and check for water damage',
];

export const ACTIONS = [
  'Complete the damp treatment and repaint the bedroom',
  'Book a post-inspection of the repair and confirm in writing',
  'Refund the incorrect charge to the rent account',
  'Fit the grab rails approved by the occupational therapist',
  'Replace the extractor fan and check ventilation',
  'Arrange a follow-up visit with the resident’s representative',
];
export const ACTION_EVIDENCE = [
  'Job completed and signed off by the surveyor; photos on file.',
  'Refund shown on the rent account statement.',
  'Post-inspection passed; letter sent to the resident.',
  'Operative’s completion report and the resident’s confirmation by phone.',
];
export const ACTION_UPDATES = [
  'Told the resident the parts are on order and the new date.',
  'Confirmed the appointment for next week.',
  'Explained the delay with the contractor and apologised.',
  'Let the resident know the work is finished and asked if they are happy.',
];

/** Lessons learned, with the root cause each goes with (from the shipped list). */
export const LESSONS: ReadonlyArray<[string, string]> = [
  ['Appointment missed', 'Text residents the day before every repair appointment.'],
  [
    'Repair not completed or delayed',
    'Chase jobs that pass their target date, not only when the resident calls.',
  ],
  ['Poor communication', 'Return calls within one working day, even when there is no news.'],
  [
    'Contractor performance',
    'Check the contractor’s attendance logs before telling a resident a job is done.',
  ],
  [
    'Policy or procedure not followed',
    'Damp reports go to a surveyor within 10 working days, not a general operative.',
  ],
  ['Information incorrect', 'Check the rent account before writing to the resident about arrears.'],
  ['Staff conduct', 'Refresher training on respectful communication for the repairs desk.'],
];

/** Service improvements, as in seed 004's tracker ("you said, we did"). */
export const IMPROVEMENTS: ReadonlyArray<{
  title: string;
  owner: string;
  area: string;
  youSaid: string;
  weDid: string;
}> = [
  {
    title: 'Text reminders the day before repair visits',
    owner: 'Head of Repairs',
    area: 'repairs',
    youSaid: 'You said contractors did not turn up and nobody told you.',
    weDid: 'We now text every resident the day before, and the contractor calls if they are running late.',
  },
  {
    title: 'Damp and mould reports go straight to a surveyor',
    owner: 'Damp and Mould Lead',
    area: 'damp_and_mould',
    youSaid: 'You said mould came back after it was painted over.',
    weDid: 'Every damp report now gets a surveyor’s visit within 10 working days.',
  },
  {
    title: 'Call-back promise: one working day',
    owner: 'Customer Services Manager',
    area: 'communication',
    youSaid: 'You said you left messages that were never returned.',
    weDid: 'Every message is logged and returned within one working day.',
  },
  {
    title: 'Plain-English service charge statements',
    owner: 'Income Manager',
    area: 'rent_and_charges',
    youSaid: 'You said the service charge letter was hard to understand.',
    weDid: 'We rewrote the statement with residents from the scrutiny panel.',
  },
  {
    title: 'Weekly updates on long repairs',
    owner: 'Head of Repairs',
    area: 'repairs',
    youSaid: 'You said you did not know what was happening with your repair.',
    weDid: 'Residents with repairs over 28 days get a weekly update.',
  },
  {
    title: 'Heating breakdowns: temporary heaters the same day',
    owner: 'Heating Contracts Manager',
    area: 'heating',
    youSaid: 'You said you were left without heating for days.',
    weDid: 'Heaters are delivered the same day when a boiler cannot be fixed.',
  },
  {
    title: 'Estate cleaning schedule published on every block',
    owner: 'Estate Services Manager',
    area: 'estate_services',
    youSaid: 'You said the stairwells were not cleaned.',
    weDid: '',
  },
];

export const SATISFACTION_COMMENTS = [
  'The officer kept me updated, thank you.',
  'It took too long but it is sorted now.',
  'Still waiting for the work I was promised.',
  'Happy with the apology and the repair.',
];
