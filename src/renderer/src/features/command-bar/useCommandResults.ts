// What the command bar lists for what has been typed: the screens at once, and — a moment after
// the typing stops — the cases and residents the store holds, in one flat list in the order shown,
// so the highlighted row, the arrow keys and Enter all agree on which result is which.
import { useDebouncedValue } from '@mantine/hooks';
import type { CaseHit, ResidentHit } from '../../../../shared/contract/search';
import { useQuery } from '../../api/useQuery';
import type { Route } from '../../nav/routes';
import { matchScreens, type Screen } from './screens';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 150;

export type Group = 'Screens' | 'Cases' | 'Residents';

export type CommandResult =
  | { group: 'Screens'; key: string; route: Route; screen: Screen }
  | { group: 'Cases'; key: string; route: Route; hit: CaseHit }
  | { group: 'Residents'; key: string; route: Route; hit: ResidentHit };

export interface CommandResults {
  results: CommandResult[];
  /** The store has answered for what is typed now (nothing is on its way). */
  settled: boolean;
  error: unknown;
}

export function useCommandResults(query: string): CommandResults {
  const typed = query.trim();
  const [asked] = useDebouncedValue(typed, DEBOUNCE_MS);
  const found = useQuery('search.find', { text: asked }, { enabled: asked.length > 0 });
  const hits = asked.length > 0 && found.data ? found.data : { cases: [], residents: [] };
  const results: CommandResult[] = [
    ...matchScreens(typed).map((screen) => ({
      group: 'Screens' as const,
      key: `screen-${screen.id}`,
      route: screen.route,
      screen,
    })),
    ...hits.cases.map((hit) => ({
      group: 'Cases' as const,
      key: `case-${hit.id}`,
      route: { name: 'case' as const, id: hit.id },
      hit,
    })),
    ...hits.residents.map((hit) => ({
      group: 'Residents' as const,
      key: `resident-${hit.id}`,
      route: { name: 'resident' as const, id: hit.id },
      hit,
    })),
  ];
  return {
    results,
    settled: typed.length === 0 || (asked === typed && !found.loading),
    error: found.error,
  };
}
