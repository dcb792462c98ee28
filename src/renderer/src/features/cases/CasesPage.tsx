import { Stack } from '@mantine/core';
import { PageTitle } from '../../ui/PageTitle';
import { CaseList } from './CaseList';

export function CasesPage() {
  return (
    <Stack gap="lg">
      <PageTitle documentTitle="Cases">Cases</PageTitle>
      <CaseList
        listId="cases"
        initial={{ search: '', type: null, status: null, sort: 'newest' }}
        emptyText="No cases yet. Cases are opened when you log a call (Alt+L)."
      />
    </Stack>
  );
}
