// Closing a case with promised actions still open: who will manage them (the resident is told who).
// Asked only when there are any (seed 000).
import { TextInput } from '@mantine/core';
import { useQuery } from '../../../api/useQuery';
import { plural } from '../../../ui/format';

export function ActionsManagerField({
  caseId,
  value,
  onChange,
  error,
}: {
  caseId: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { data } = useQuery('actions.forCase', { caseId });
  const open = data?.items.filter((a) => a.status === 'open').length ?? 0;
  if (open === 0 && !error) return null;
  return (
    <TextInput
      label="Who will manage the open promised actions?"
      description={`${plural(open, 'promised action')} still open after closing: name who will see ${open === 1 ? 'it' : 'them'} through, with their contact details.`}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required
    />
  );
}
