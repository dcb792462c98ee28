// The role matrix in the docs, written from the contract itself (npm run roles-doc): each
// procedure with who may call it, in the same words the app's refusals use. A unit test fails
// when docs/roles.md is not what this produces, so the docs cannot drift from the code.
import { whoMayHeading } from '../domain/roles';
import { ROLE_LABELS, ROLES } from '../domain/vocabulary';
import { contract, type ProcedureName } from './index';

/** The features, by the first word of their procedures' names, in plain words. */
const FEATURES: Record<string, string> = {
  app: 'The app and first run',
  session: 'Signing in',
  demo: 'Demo data',
  people: 'People and teams',
  teams: 'People and teams',
  residents: 'Residents',
  contacts: 'Calls and contacts',
  cases: 'Cases and complaints',
  points: 'Cases and complaints',
  ombudsman: 'Cases and complaints',
  amendments: 'Cases and complaints',
  work: 'Work lists',
  lists: 'Work lists',
  search: 'Search',
  investigation: 'Investigation',
  notes: 'Investigation',
  tasks: 'Investigation',
  attachments: 'Attachments',
  remedies: 'Remedies and promised actions',
  actions: 'Remedies and promised actions',
  learning: 'Learning from complaints',
  satisfaction: 'Learning from complaints',
  improvements: 'Learning from complaints',
  letters: 'Letters',
  post: 'Letters',
  houseStyle: 'Letter set-up',
  paragraphs: 'Letter set-up',
  templates: 'Letter set-up',
  policy: 'The complaints policy',
  settings: 'This computer’s settings',
  share: 'The central share',
  sync: 'The central share',
  attention: 'The central share',
  backup: 'Backups',
  store: 'Backups',
};

const featureOf = (p: string) => FEATURES[p.split('.')[0]!] ?? 'Other';

export function roleMatrixMarkdown(): string {
  const byFeature = new Map<string, ProcedureName[]>();
  for (const p of (Object.keys(contract) as ProcedureName[]).sort()) {
    const feature = featureOf(p);
    byFeature.set(feature, [...(byFeature.get(feature) ?? []), p]);
  }
  const lines = [
    '# Who may do what',
    '',
    '<!-- Written by `npm run roles-doc` from the contract (src/shared/contract). Do not edit by hand. -->',
    '',
    `Roles, lowest first: ${ROLES.map((r) => ROLE_LABELS[r]).join(', ')}. Each may do all the roles below it may.`,
    'Every procedure declares who may call it where it is defined; Redress refuses anyone else before',
    'the procedure runs, and refuses everything but signing in while nobody is signed in. Two rules',
    'also depend on the record: stage 2 is handled by a senior officer or above who did not handle',
    'stage 1, and only managers and administrators see another officer’s work list.',
    '',
  ];
  for (const [feature, procedures] of [...byFeature].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `## ${feature}`,
      '',
      '| Procedure | Who may | What it does, for those who may not |',
      '| --- | --- | --- |',
    );
    for (const p of procedures) {
      const { allow, does } = contract[p].properties;
      lines.push(`| \`${p}\` | ${whoMayHeading(allow)} | ${does ?? ''} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
