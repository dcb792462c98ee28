// Import a landlord's own .docx for one letter type. A refusal lists, in plain words, each
// placeholder Redress does not know and each one the letter needs that is missing.
import { Alert, Button, FileInput, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { TemplateImportResult } from '../../../../shared/contract/templates';
import { LETTER_TYPES, LETTER_TYPE_LABELS, type LetterType } from '../../../../shared/letters/letterTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { base64Of } from '../../ui/fileBytes';

type Refusal = Extract<TemplateImportResult, { accepted: false }>;

function RefusalList({ refusal }: { refusal: Refusal }) {
  return (
    <Alert color="red" variant="light" title="This template was not imported" role="alert" maw={760}>
      <Stack gap="xs">
        {refusal.unknown.length > 0 && (
          <div>
            <Text size="sm">Placeholders Redress does not know (correct or remove them):</Text>
            <List size="sm" aria-label="Unknown placeholders">
              {refusal.unknown.map((n) => (
                <List.Item key={n}>{`{{${n}}}`}</List.Item>
              ))}
            </List>
          </div>
        )}
        {refusal.missing.length > 0 && (
          <div>
            <Text size="sm">Placeholders this letter needs that are missing (add each on its own line):</Text>
            <List size="sm" aria-label="Missing placeholders">
              {refusal.missing.map((n) => (
                <List.Item key={n}>{`{{${n}}}`}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
}

export function ImportTemplateForm({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const [type, setType] = useState<LetterType | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function importIt() {
    if (!type || !file) return;
    setBusy(true);
    setRefusal(null);
    setProblem(null);
    try {
      const result = await api.call('templates.import', {
        letterType: type,
        name: name.trim() || file.name.replace(/\.docx$/i, ''),
        fileName: file.name,
        bytes: await base64Of(file),
      });
      if (!result.accepted) {
        setRefusal(result);
        return;
      }
      setFile(null);
      setName('');
      onImported();
      notifications.show({
        color: 'teal.9',
        message: `${LETTER_TYPE_LABELS[type]} letters now use “${result.template.active?.name ?? file.name}”.`,
      });
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" maw={760}>
      <Title order={3} size="h5">
        Import your own template
      </Title>
      <Text size="sm">
        Download Redress’s template for the letter, change its wording and layout in Word or LibreOffice, keep
        its {'{{placeholders}}'}, and import it here. It is checked before it is used.
      </Text>
      <Group align="flex-start" gap="sm">
        <Select
          label="Letter"
          placeholder="Choose a letter"
          data={LETTER_TYPES.map((t) => ({ value: t, label: LETTER_TYPE_LABELS[t] }))}
          value={type}
          onChange={(v) => {
            setType(v as LetterType | null);
            setRefusal(null);
          }}
          w={280}
        />
        <FileInput
          label="Word document (.docx)"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={(f) => {
            setFile(f);
            setRefusal(null);
            setProblem(null);
          }}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
          leftSection={<IconFileUpload size={18} aria-hidden />}
          error={problem}
          w={300}
        />
        <TextInput
          label="Name (optional)"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={200}
          w={220}
        />
      </Group>
      <Group>
        <Button variant="default" disabled={!type || !file} loading={busy} onClick={() => void importIt()}>
          Import this template
        </Button>
      </Group>
      {refusal && <RefusalList refusal={refusal} />}
    </Stack>
  );
}
