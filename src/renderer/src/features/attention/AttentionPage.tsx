// "Needs attention": what sync could not settle on its own. Clashing changes get a choice;
// everything else says what happened and what a person can do.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { AttentionItem, ConflictOption } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf, wasSaved } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { RouteLink } from '../../nav/RouteLink';
import { fieldLabel, showValue } from '../../ui/values';
import { useReloadOnSync, useShareStatus } from '../sync';
import { ConflictCard, NoticeCard } from './AttentionCards';
import { groupByKind, headingFor } from './kinds';

export function AttentionPage() {
  const api = useApi();
  const { status, refresh } = useShareStatus();
  const query = useQuery('attention.list', {});
  const { reload } = query;
  // The list a resolve sent back, shown until the next load, so a settled item goes at once.
  const [settled, setSettled] = useState<{
    after: AttentionItem[] | undefined;
    items: AttentionItem[];
  } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Another computer (or a sync) may settle or raise items: follow the header's count.
  const count = status?.attention;
  const seenCount = useRef(count);
  useEffect(() => {
    if (seenCount.current === count) return;
    seenCount.current = count;
    reload();
  }, [count, reload]);
  useReloadOnSync(reload);

  const items = settled && settled.after === query.data ? settled.items : query.data;

  async function keep(item: AttentionItem, option: ConflictOption) {
    setBusy(option.hlc);
    try {
      const remaining = await api.call('attention.resolveConflict', { id: item.id, chosen: option.hlc });
      setSettled({ after: query.data, items: remaining });
      const value = showValue(item.field, option.value, 60);
      notifications.show({
        color: 'teal.9',
        title: 'Choice saved',
        message: `Kept “${value}”${item.field ? ` as the ${fieldLabel(item.field)}` : ''}${item.caseReference ? ` of ${item.caseReference}` : ''}. Other computers get it at their next sync.`,
      });
      listRef.current?.focus();
      reload();
      void refresh();
    } catch (error) {
      notifications.show(
        wasSaved(error)
          ? { color: 'yellow.9', title: 'Saved', message: messageOf(error) }
          : { color: 'red.8', title: 'Not saved', message: messageOf(error) },
      );
    } finally {
      setBusy(null);
    }
  }

  /** A `fork` item's fix: this computer takes a new identity and shares its changes again. */
  async function reidentify() {
    setBusy('reidentify');
    try {
      await api.call('share.reidentify', {});
      notifications.show({
        color: 'teal.9',
        title: 'New identity taken',
        message: 'This computer’s changes are being shared again. Colleagues get them at their next sync.',
      });
      listRef.current?.focus();
      reload();
      void refresh();
    } catch (error) {
      notifications.show({ color: 'red.8', title: 'Not done', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  let body;
  if (query.error && !items) {
    body = <ErrorAlert title="The list could not be loaded" error={query.error} onRetry={reload} />;
  } else if (!items) {
    body = <PageLoader label="Loading…" />;
  } else if (items.length === 0) {
    body = (
      <Paper withBorder radius="md" p="lg" role="status">
        <Group gap="sm" wrap="nowrap">
          <IconCircleCheck size={28} color="var(--mantine-color-teal-9)" aria-hidden />
          <div>
            <Text fw={600}>Nothing needs your attention.</Text>
            <Text size="sm" c="dimmed">
              When two people change the same thing before their computers sync, or something on the share
              needs a person, it appears here.
            </Text>
          </div>
        </Group>
      </Paper>
    );
  } else {
    body = (
      <Stack gap="xl">
        {groupByKind(items).map((group) => {
          const heading = headingFor(group.kind);
          const id = `attention-${group.kind}`;
          return (
            <Stack key={group.kind} gap="sm" component="section" aria-labelledby={id}>
              <div>
                <Title order={2} size="h4" id={id}>
                  {heading.title} ({group.items.length})
                </Title>
                <Text size="sm" mt={4} maw={760}>
                  {heading.intro}
                </Text>
              </div>
              {group.items.map((item) =>
                item.kind === 'conflict' && item.options.length > 0 ? (
                  <ConflictCard key={item.id} item={item} busy={busy} onKeep={(i, o) => void keep(i, o)} />
                ) : (
                  <NoticeCard
                    key={item.id}
                    item={item}
                    devices={status?.devices ?? []}
                    action={
                      item.kind === 'fork' ? (
                        <Button
                          size="sm"
                          loading={busy === 'reidentify'}
                          disabled={busy !== null && busy !== 'reidentify'}
                          onClick={() => void reidentify()}
                        >
                          Give this computer a new identity
                        </Button>
                      ) : undefined
                    }
                  />
                ),
              )}
            </Stack>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle documentTitle="Needs attention">Needs attention</PageTitle>
        <Text c="dimmed" mt={4}>
          What syncing with colleagues could not settle on its own.
        </Text>
      </div>
      {status?.state === 'not_set_up' && (
        <Alert
          role="note"
          variant="light"
          color="indigo"
          icon={<IconInfoCircle aria-hidden />}
          p="sm"
          maw={760}
        >
          This computer is not connected to a central share.{' '}
          <RouteLink to={{ name: 'settings' }}>Set one up in Settings</RouteLink> to work with colleagues.
        </Alert>
      )}
      {query.error && items ? (
        <ErrorAlert title="The list could not be refreshed" error={query.error} onRetry={reload} />
      ) : null}
      <div
        ref={listRef}
        tabIndex={-1}
        role="region"
        aria-label="Items needing attention"
        aria-busy={query.loading}
        style={{ outline: 'none' }}
      >
        {body}
      </div>
    </Stack>
  );
}
