// Everyone who can be chosen for work, including a colleague just added in place: they are offered
// at once, before the reloaded list arrives (so a choice of them is never shown blank).
import { useState } from 'react';
import type { Colleague } from '../../../../shared/contract';
import { useQuery } from '../../api/useQuery';

export function useColleagues() {
  const people = useQuery('people.list', {});
  const [added, setAdded] = useState<Colleague[]>([]);
  const known = people.data ?? [];
  const data = people.data
    ? [...known, ...added.filter((a) => !known.some((p) => p.id === a.id))]
    : undefined;
  return {
    data,
    loading: people.loading,
    error: people.error,
    /** A colleague just added: offered now, and the list reloaded. */
    add(c: Colleague) {
      setAdded((list) => [...list, c]);
      people.reload();
    },
  };
}
