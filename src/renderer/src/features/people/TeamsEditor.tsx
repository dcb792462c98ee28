// The teams work can be handed to ("Repairs", "Neighbourhood team"): shared by every computer.
import { ActionIcon, Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { UpdateTeamsInput } from '../../../../shared/contract/people';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';

export function TeamsEditor() {
  const stored = useQuery('teams.list', {});
  if (stored.error && !stored.data)
    return <ErrorAlert title="The teams could not be loaded" error={stored.error} onRetry={stored.reload} />;
  if (!stored.data) return <PageLoader label="Loading teams…" />;
  return <TeamsList saved={stored.data} onSaved={stored.reload} />;
}

function TeamsList({ saved: stored, onSaved }: { saved: string[]; onSaved: () => void }) {
  const api = useApi();
  const [teams, setTeams] = useState<string[]>(stored);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const changed = JSON.stringify(teams) !== JSON.stringify(stored);

  function add(event: FormEvent) {
    event.preventDefault();
    const name = draft.trim();
    if (!name) return setProblem('Type the team’s name first.');
    if (teams.some((t) => t.toLowerCase() === name.toLowerCase()))
      return setProblem(`“${name}” is already in the list.`);
    setTeams([...teams, name]);
    setDraft('');
    setProblem(null);
    setSaved(false);
  }

  async function save() {
    const parsed = UpdateTeamsInput.safeParse({ teams });
    if (!parsed.success) return setProblem(Object.values(fieldErrorsFromZod(parsed.error.issues)).join(' '));
    setBusy(true);
    try {
      const next = await api.call('teams.update', { teams });
      setTeams(next);
      setProblem(null);
      setSaved(true);
      onSaved();
    } catch (error) {
      const fields = Object.values(fieldErrorsFrom(error));
      setProblem(fields.length ? fields.join(' ') : messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" maw={520} aria-labelledby="teams-heading" component="section">
      <Text fw={650} id="teams-heading">
        Teams
      </Text>
      <Text size="sm" c="dimmed">
        Tasks and promised actions can be given to a team as well as to a colleague.
      </Text>
      {teams.length === 0 ? (
        <Text size="sm">No teams yet.</Text>
      ) : (
        <List spacing={4} listStyleType="none" aria-label="Teams" p={0}>
          {teams.map((t) => (
            <List.Item key={t}>
              <Group gap="xs">
                <Text size="sm">{t}</Text>
                <ActionIcon
                  variant="subtle"
                  color="gray.7"
                  size="sm"
                  aria-label={`Remove ${t}`}
                  onClick={() => {
                    setTeams(teams.filter((x) => x !== t));
                    setSaved(false);
                  }}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={add} aria-label="Add a team" noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="New team"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default" leftSection={<IconPlus size={16} aria-hidden />}>
            Add to the list
          </Button>
        </Group>
      </form>
      {problem && (
        <Alert color="red" variant="light" role="alert" p="xs">
          {problem}
        </Alert>
      )}
      {saved && !changed && (
        <Text size="sm" c="teal.9" role="status">
          Teams saved.
        </Text>
      )}
      <Group>
        <Button onClick={() => void save()} disabled={!changed} loading={busy}>
          Save teams
        </Button>
      </Group>
    </Stack>
  );
}
