// "Export everything we hold (subject access)" on a resident's page: the zip of everything held
// about them, opened by the desktop app (as letters are) or downloaded by a browser.
import { Alert, Button, Stack } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { useSession } from '../../api/SessionContext';
import { Section } from '../../ui/Section';
import { fileOpener } from '../../api/transport';
import { ErrorAlert } from '../../ui/Feedback';
import { bytesOf, download } from '../../ui/fileBytes';

/** Managers and administrators: a whole file of a resident's personal data is theirs to release. */
export function SubjectAccessSection({ residentId }: { residentId: string }) {
  const { me } = useSession();
  if (me.role !== 'manager' && me.role !== 'admin') return null;
  return (
    <Section title="Subject access" id="resident-subject-access">
      <SubjectAccessButton residentId={residentId} />
    </Section>
  );
}

export function SubjectAccessButton({ residentId }: { residentId: string }) {
  const api = useApi();
  const [state, setState] = useState<
    { phase: 'idle' | 'working' } | { phase: 'done'; fileName: string } | { phase: 'failed'; error: unknown }
  >({ phase: 'idle' });

  async function exportAll() {
    setState({ phase: 'working' });
    try {
      const file = await api.call('resident.export', { residentId });
      const opener = fileOpener();
      if (opener) {
        const problem = await opener(file.fileName, bytesOf(file.bytes));
        if (problem) throw new Error(`“${file.fileName}” could not be opened: ${problem}`);
      } else download(file.fileName, 'application/zip', file.bytes);
      setState({ phase: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="default"
          fullWidth
          // A long label in a narrow column wraps instead of pushing the page sideways.
          styles={{
            root: { height: 'auto', minHeight: 36, paddingBlock: 6 },
            label: { whiteSpace: 'normal' },
          }}
          leftSection={<IconFileZip size={18} aria-hidden />}
          onClick={() => void exportAll()}
          loading={state.phase === 'working'}
        >
          Export everything we hold (subject access)
        </Button>
      </div>
      {state.phase === 'done' && (
        <Alert color="teal" variant="light" role="status" p="sm" maw={760}>
          Saved {state.fileName}: everything held about this resident, with a README explaining it. It holds
          their personal data: send it to them securely.
        </Alert>
      )}
      {state.phase === 'failed' && <ErrorAlert title="The export was not made" error={state.error} />}
    </Stack>
  );
}
