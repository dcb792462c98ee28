// A finished export: where the files are, a download of each (a browser window cannot open the
// folder), why there is no letters.pdf when there is none, and any letter that was left out.
import { Accordion, Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import type { PostExportFile, PostExportResult } from '../../../../shared/contract/post';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { download } from '../../ui/fileBytes';

const DESCRIPTIONS: Record<Exclude<PostExportFile['kind'], 'letter'>, string> = {
  pdf: 'every letter, in order, ready to print',
  manifest: 'the address list, opens in Excel',
  labels: 'address labels, 21 to an A4 sheet (Avery L7160)',
};

function kb(bytes: number): string {
  return bytes < 1_048_576
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function ExportResultView({ exportId, result }: { exportId: string; result: PostExportResult }) {
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [fetching, setFetching] = useState<string | null>(null);
  const save = async (name: string) => {
    setError(null);
    setFetching(name);
    try {
      const file = await api.call('post.exportFile', { exportId, name });
      download(file.name, file.mediaType, file.bytes);
    } catch (e) {
      setError(e);
    } finally {
      setFetching(null);
    }
  };
  const main = result.files.filter((f) => f.kind !== 'letter');
  const letters = result.files.filter((f) => f.kind === 'letter');
  const button = (f: PostExportFile, label = `Download ${f.name}`) => (
    <Button
      key={f.name}
      variant="default"
      size="xs"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={fetching === f.name}
      onClick={() => void save(f.name)}
      aria-label={label}
    >
      {f.name}
    </Button>
  );

  return (
    <Stack gap="sm" aria-label="Export result" role="region">
      <Alert
        color="green"
        variant="light"
        title={`Exported ${plural(result.letters, 'letter')}`}
        icon={<IconFolder aria-hidden />}
      >
        <Text size="sm">
          The files are in <Code>{result.folder}</Code>
        </Text>
      </Alert>
      {result.pdfMissing && (
        <Alert color="orange" variant="light" title="No letters.pdf" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{result.pdfMissing}</Text>
        </Alert>
      )}
      {result.notExported.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={`${plural(result.notExported.length, 'letter')} could not be exported`}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <List size="sm" spacing={4}>
            {result.notExported.map((p) => (
              <List.Item key={p.letterId}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Stack gap={6}>
        {main.map((f) => (
          <Group key={f.name} gap="sm">
            {button(f)}
            <Text size="sm" c="dimmed">
              {DESCRIPTIONS[f.kind as keyof typeof DESCRIPTIONS]} · {kb(f.bytes)}
            </Text>
          </Group>
        ))}
      </Stack>
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="letters">
          <Accordion.Control>Each letter as issued ({plural(letters.length, 'DOCX file')})</Accordion.Control>
          <Accordion.Panel>
            <Group gap={6}>{letters.map((f) => button(f))}</Group>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {error !== null && <ErrorAlert title="That file could not be downloaded" error={error} />}
    </Stack>
  );
}
