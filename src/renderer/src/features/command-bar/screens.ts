// The screens the command bar can go to, with the words an officer might type for each. Every
// screen with its own address is here (nav/routes.ts), so the bar can reach anywhere the
// navigation can, and "Log a call" as the thing most often wanted in a hurry.
import type { Route } from '../../nav/routes';

export interface Screen {
  id: string;
  label: string;
  description: string;
  route: Route;
  /** Other words for it, matched as well as the label. */
  keywords: string;
}

export const SCREENS: readonly Screen[] = [
  {
    id: 'call',
    label: 'Log a call',
    description: 'Record a call, email or visit, and open a case from it',
    route: { name: 'call' },
    keywords: 'new call phone contact record log enquiry complaint',
  },
  {
    id: 'my-work',
    label: 'My work',
    description: 'Your open cases, most urgent first',
    route: { name: 'my-work' },
    keywords: 'home dashboard mine deadlines urgent overdue',
  },
  {
    id: 'open-cases',
    label: 'Open cases',
    description: 'Everyone’s open cases, most urgent first',
    route: { name: 'open-cases' },
    keywords: 'team managers deadlines urgent overdue',
  },
  {
    id: 'actions',
    label: 'Action tracker',
    description: 'Promised actions and investigation tasks',
    route: { name: 'actions' },
    keywords: 'tasks promises remedies due',
  },
  {
    id: 'cases',
    label: 'Cases',
    description: 'Every case, searchable',
    route: { name: 'cases' },
    keywords: 'complaints enquiries compliments list search',
  },
  {
    id: 'residents',
    label: 'Residents',
    description: 'Find a resident and their history',
    route: { name: 'residents' },
    keywords: 'tenants people customers',
  },
  {
    id: 'attention',
    label: 'Needs attention',
    description: 'Problems found in the records, and clashes from the share',
    route: { name: 'attention' },
    keywords: 'problems warnings conflicts sync',
  },
  {
    id: 'improvements',
    label: 'Service improvements',
    description: 'What complaints have taught us: you said, we did',
    route: { name: 'improvements' },
    keywords: 'learning lessons you said we did',
  },
  {
    id: 'post',
    label: 'Post',
    description: 'Letters waiting to be printed and sent',
    route: { name: 'post' },
    keywords: 'letters print send mail',
  },
  {
    id: 'settings',
    label: 'Settings',
    description: 'Central share, complaint policy, people, letters, backups',
    route: { name: 'settings' },
    keywords: 'policy share sync people colleagues templates house style backup restore',
  },
];

/**
 * The screens whose label, description or other words hold every word typed (all of them for
 * nothing), those whose name starts with what was typed first.
 */
export function matchScreens(typed: string): Screen[] {
  const query = typed.trim().toLowerCase();
  const words = query.split(/\s+/).filter(Boolean);
  const found = SCREENS.filter((s) => {
    const text = `${s.label} ${s.description} ${s.keywords}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const named = (s: Screen) => (query && s.label.toLowerCase().startsWith(query) ? 0 : 1);
  return found.sort((a, b) => named(a) - named(b));
}
