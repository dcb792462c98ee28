import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSession } from '../../app/SessionContext';
import { PageTitle } from '../../ui/PageTitle';
import { CaseList } from '../cases/CaseList';

export function MyWorkPage() {
  const { me } = useSession();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle="My work">My work</PageTitle>
        <Text c="dimmed" mt={4}>
          Hello {me.name.split(' ')[0]}. These are the open cases you opened, newest first.
        </Text>
      </div>
      <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} p="sm">
        Until cases can be assigned to a handler, your work is the open cases you opened. Response deadlines
        under the Complaint Handling Code arrive with the complaint lifecycle.
      </Alert>
      <CaseList
        listId="my-work"
        initial={{ search: '', type: null, status: 'open', sort: 'newest' }}
        fixed={{ status: 'open' }}
        mine
        emptyText="You have no open cases. When you log a call and open a case, it appears here."
      />
    </Stack>
  );
}
