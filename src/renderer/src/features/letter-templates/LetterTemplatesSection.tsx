// Settings → Letter templates: each letter with the template it prints with (the landlord's own
// or Redress's), a download of it to edit, an import of a landlord's own, and a way back to
// Redress's template.
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { LetterTemplateInfo } from '../../../../shared/contract/templates';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { formatDate } from '../../ui/format';
import { Section } from '../../ui/Section';
import { ImportTemplateForm } from './ImportTemplateForm';
import { download as saveDownload } from '../../ui/fileBytes';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function TemplateRow({ t, onChanged }: { t: LetterTemplateInfo; onChanged: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState<'download' | 'retire' | null>(null);

  async function download() {
    setBusy('download');
    try {
      const file = await api.call('templates.file', {
        letterType: t.letterType,
        ...(t.active ? { id: t.active.id } : {}),
      });
      saveDownload(file.fileName, DOCX, file.bytes);
    } catch (e) {
      notifications.show({ color: 'red', message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  }

  async function retire() {
    if (!t.active) return;
    setBusy('retire');
    try {
      await api.call('templates.retire', { id: t.active.id });
      onChanged();
      notifications.show({ color: 'teal.9', message: `${t.label} letters use Redress’s template again.` });
    } catch (e) {
      notifications.show({ color: 'red', message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Table.Tr>
      <Table.Th scope="row">{t.label}</Table.Th>
      <Table.Td>
        {t.active ? (
          <>
            {t.active.name}
            <Text size="xs" c="dimmed">
              {t.active.fileName}, imported {formatDate(t.active.createdAt)}
            </Text>
          </>
        ) : (
          'Redress’s template'
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={busy === 'download'}
            onClick={() => void download()}
            aria-label={`Download the ${t.label} template`}
          >
            Download
          </Button>
          {t.active && (
            <Button
              size="xs"
              variant="subtle"
              loading={busy === 'retire'}
              onClick={() => void retire()}
              aria-label={`Go back to Redress’s template for the ${t.label} letter`}
            >
              Go back to Redress’s template
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function LetterTemplatesSection() {
  const { data, error, reload } = useQuery('templates.list', {});
  return (
    <Section title="Letter templates" id="settings-letter-templates" titleSize="h3" p="lg" stack gap="md">
      {error ? (
        <ErrorAlert title="The letter templates could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading the letter templates…" />
      ) : (
        <>
          <Table withTableBorder maw={960} aria-label="Letter templates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Letter</Table.Th>
                <Table.Th scope="col">Template in use</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((t) => (
                <TemplateRow key={t.letterType} t={t} onChanged={reload} />
              ))}
            </Table.Tbody>
          </Table>
          <ImportTemplateForm onImported={reload} />
        </>
      )}
    </Section>
  );
}
