// "My work": the officer's open cases, most urgent first, with the Code's next deadline for each.
import { Button, EmptyState, Group, Kbd, List, Stack, Text } from '@mantine/core';
import { IconChecklist, IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { useSession } from '../../api/SessionContext';
import { navigate } from '../../nav/useRoute';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { PageTitle } from '../../ui/PageTitle';
import { RouteLink } from '../../nav/RouteLink';
import { useReloadOnSync } from '../sync';
import type { UrgencyFilter } from '../../../../shared/complaints/urgencyBands';
import { RAG_LABELS } from '../../../../shared/complaints/deadlines';
import { UrgencySummary } from './UrgencySummary';
import { WorkTable } from './WorkTable';
import { listCaption, MoreButton, PAGE, MAX_LIMIT } from './listLimit';

function NothingYet() {
  return (
    <EmptyState
      align="left"
      icon={<IconChecklist size={28} aria-hidden />}
      variant="light"
      color="indigo"
      title="No open cases are yours yet"
      role="status"
      maw={760}
      py="lg"
    >
      <Stack gap="sm" mt="xs">
        <Text>
          This is where your open cases will be, <strong>most urgent first</strong>: anything overdue at the
          top, then what is due today, then the rest by date. For each case you will see:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            the next deadline the Complaint Handling Code sets (acknowledge or respond), and the date;
          </List.Item>
          <List.Item>
            how close it is, in words as well as colour: “2 working days overdue”, “Due today”, “On track”;
          </List.Item>
          <List.Item>
            a “Health and safety risk” marker on cases that need a senior manager told at once;
          </List.Item>
          <List.Item>
            your overdue investigation tasks and promised actions — a closed case comes back here while a
            promise to the resident is overdue.
          </List.Item>
        </List>
        <Text size="sm">
          A complaint becomes yours when it is acknowledged with you as its handler, at stage 1 or stage 2.
          Everyone’s open cases are under <RouteLink to={{ name: 'open-cases' }}>Open cases</RouteLink> (
          <Kbd>Alt</Kbd> + <Kbd>O</Kbd>).
        </Text>
        <Group>
          <Button
            leftSection={<IconPhoneCall size={16} aria-hidden />}
            onClick={() => navigate({ name: 'call' })}
          >
            Log a call
          </Button>
          <Text size="sm" c="dimmed">
            or press <Kbd>Alt</Kbd> + <Kbd>L</Kbd> from anywhere
          </Text>
        </Group>
      </Stack>
    </EmptyState>
  );
}

/** A tile's cases in words, for captions: "overdue", "due today", "at health and safety risk". */
export function urgencyWords(urgency: UrgencyFilter | null): string {
  if (!urgency) return 'any';
  return urgency === 'health_and_safety' ? 'at health and safety risk' : RAG_LABELS[urgency].toLowerCase();
}

export function MyWorkPage() {
  const { me } = useSession();
  const [limit, setLimit] = useState(PAGE);
  const [urgency, setUrgency] = useState<UrgencyFilter | null>(null);
  const { data, error, loading, reload } = useQuery('work.list', { mine: true, limit, urgency });
  useReloadOnSync(reload);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle="My work">My work</PageTitle>
        <Text c="dimmed" mt={4}>
          Hello {me.name.split(' ')[0]}.{' '}
          {data && total > 0
            ? `You have ${plural(total, 'case')} to work on, most urgent first.`
            : 'Your open cases, most urgent first.'}
        </Text>
      </div>
      {error && !data ? (
        <ErrorAlert title="Your work could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading your cases…" />
      ) : items.length === 0 && !urgency ? (
        <NothingYet />
      ) : (
        <>
          {error && (
            <ErrorAlert title="Your work could not be brought up to date" error={error} onRetry={reload} />
          )}
          <UrgencySummary
            tiles={data.tiles}
            active={urgency}
            onToggle={(u) => {
              setLimit(PAGE);
              setUrgency(u);
            }}
            label="Your cases by urgency (press one to show only those)"
          />
          {items.length === 0 ? (
            <Text role="status" py="lg">
              None of your cases is {urgencyWords(urgency)}. Press the tile again to see all your cases.
            </Text>
          ) : (
            <WorkTable
              items={items}
              loading={loading}
              label="My work"
              caption={`${listCaption(items.length, total)}${urgency ? ` (only ${urgencyWords(urgency)})` : ''}`}
            />
          )}
          <MoreButton
            shown={items.length}
            total={total}
            limit={limit}
            max={MAX_LIMIT}
            loading={loading}
            onMore={() => setLimit((l) => Math.min(MAX_LIMIT, l + PAGE))}
          />
        </>
      )}
    </Stack>
  );
}
