// The case page's letters: each letter written on the case (a draft to carry on with, or an issued
// letter with its date, method and posting, to download), and "Write a letter" offering only the
// types the case's state allows now.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import type { LetterSummary } from '../../../../shared/contract/letters';
import type { CaseDetail } from '../../../../shared/contract/types';
import { LETTER_METHOD_LABELS } from '../../../../shared/letters/letterTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { RouteLink } from '../../nav/RouteLink';
import { ErrorAlert } from '../../ui/Feedback';
import { formatIsoDate } from '../../ui/dates';
import { formatDate } from '../../ui/format';
import { Section } from '../../ui/Section';
import { useReloadOnSync } from '../sync';
import { downloadLetter } from './letterFile';
import { WriteLetter } from './WriteLetter';

export function LettersSection({ detail }: { detail: CaseDetail }) {
  const caseId = detail.case.id;
  const letters = useQuery('letters.list', { caseId });
  const types = useQuery('letters.types', { caseId });
  const reloadLetters = letters.reload;
  const reloadTypes = types.reload;
  useReloadOnSync(reloadLetters);
  useReloadOnSync(reloadTypes);
  // A step taken on the case changes which letters fit: ask again.
  const seen = useRef(detail.case.updatedAt);
  useEffect(() => {
    if (seen.current === detail.case.updatedAt) return;
    seen.current = detail.case.updatedAt;
    reloadLetters();
    reloadTypes();
  }, [detail.case.updatedAt, reloadLetters, reloadTypes]);

  const shown = (letters.data ?? []).filter((l) => l.status !== 'discarded');
  return (
    <Section title="Letters" id="case-letters" stack gap="sm">
      {letters.error ? (
        <ErrorAlert title="The letters could not be loaded" error={letters.error} onRetry={reloadLetters} />
      ) : shown.length === 0 ? (
        <Text c="dimmed">
          {letters.data ? 'No letters have been written on this case.' : 'Loading letters…'}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Letters on this case"
        >
          {shown.map((l) => (
            <LetterRow key={l.id} letter={l} />
          ))}
        </Stack>
      )}
      <WriteLetter caseId={caseId} detail={detail} types={types} />
    </Section>
  );
}

function LetterRow({ letter }: { letter: LetterSummary }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const issued = letter.status === 'issued';

  async function download() {
    setBusy(true);
    try {
      await downloadLetter(api, letter.id);
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: 'The letter was not downloaded',
        message: messageOf(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" aria-label={letter.label}>
      <Stack gap={2}>
        <Group gap="xs">
          <RouteLink to={{ name: 'letter', id: letter.id }} fw={600}>
            {letter.label}
          </RouteLink>
          <Badge color={issued ? 'teal.9' : 'gray.7'} variant={issued ? 'filled' : 'outline'} radius="sm">
            {issued ? 'Issued' : 'Draft'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {issuedWords(letter)}
        </Text>
      </Stack>
      {issued && (
        <Button
          size="xs"
          variant="outline"
          onClick={download}
          loading={busy}
          aria-label={`Download ${letter.label} (DOCX)`}
        >
          Download
        </Button>
      )}
    </Group>
  );
}

/** "Issued 3 Dec 2026 by post · posted 4 Dec 2026", or when the draft was started. */
function issuedWords(l: LetterSummary): string {
  if (l.status !== 'issued' || !l.issuedOn)
    return `Started ${formatDate(l.createdAt)}${l.createdBy ? ` by ${l.createdBy}` : ''}`;
  const method = l.method ? ` ${LETTER_METHOD_LABELS[l.method].toLowerCase()}` : '';
  const by = l.issuedBy ? ` by ${l.issuedBy}` : '';
  const posted =
    l.method === 'post' || l.method === 'both'
      ? l.postedOn
        ? ` · posted ${formatIsoDate(l.postedOn)}`
        : ' · not yet posted'
      : '';
  return `Issued ${formatIsoDate(l.issuedOn)}${method}${by}${posted}`;
}
