import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhonePlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../nav/useRoute';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { RouteLink } from '../../nav/RouteLink';
import { Section } from '../../ui/Section';
import { AmendmentsList } from '../amendments';
import { AttachmentsSection } from '../attachments';
import { CaseAccessLog } from '../audit';
import { ComplaintPanel, ComplaintSections } from '../complaint';
import { InvestigationSection } from '../investigation';
import { CaseRemedies } from '../remedies';
import { LearningSection } from '../learning';
import { LettersSection } from '../letters';
import { useReloadOnSync } from '../sync';
import { ResidentCard } from './ResidentCard';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseHistory } from './CaseHistory';
import { ContactTimeline } from './ContactTimeline';

export function CasePage({ idOrReference }: { idOrReference: string }) {
  const query = useQuery('cases.get', { idOrReference });
  const { error, loading, reload } = query;
  useReloadOnSync(reload);
  // A change returns the whole case: show it at once. The next load (after a sync) replaces it.
  const [saved, setSaved] = useState<{ over: CaseDetail | undefined; detail: CaseDetail } | null>(null);
  const data = saved && saved.over === query.data ? saved.detail : query.data;
  const onSaved = (detail: CaseDetail, done: string) => {
    setSaved({ over: query.data, detail });
    notifications.show({ color: 'teal.9', message: done });
  };

  if (error) {
    return (
      <Stack>
        <ErrorAlert title="This case could not be opened" error={error} onRetry={reload} />
        <RouteLink to={{ name: 'cases' }}>Back to cases</RouteLink>
      </Stack>
    );
  }
  if (!data) return <PageLoader label="Opening the case…" />;

  const c = data.case;
  return (
    <Stack gap="lg" maw={1200} aria-busy={loading}>
      <Stack gap={6}>
        <RouteLink to={{ name: 'cases' }} size="sm">
          ← Cases
        </RouteLink>
        <Group justify="space-between" align="flex-start">
          <CaseHeader detail={data} />
          <Button
            leftSection={<IconPhonePlus size={18} aria-hidden />}
            onClick={() =>
              navigate({ name: 'call', caseId: c.id, ...(c.residentId ? { residentId: c.residentId } : {}) })
            }
          >
            Log a call on this case
          </Button>
        </Group>
      </Stack>

      <ComplaintPanel detail={data} onSaved={onSaved} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Section title="Summary" id="case-summary">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</Text>
            </Section>
            <ComplaintSections detail={data} onSaved={onSaved} />
            <AmendmentsList detail={data} />
            <InvestigationSection detail={data} />
            <AttachmentsSection
              caseId={c.id}
              points={data.complaint.points}
              editable={c.status !== 'closed'}
            />
            {c.type === 'complaint' && <CaseRemedies detail={data} />}
            <LettersSection detail={data} />
            <LearningSection detail={data} />
            <Section title="Calls and contact" id="case-timeline" gap="md">
              <ContactTimeline contacts={data.contacts} show="case" />
            </Section>
            <Paper withBorder radius="md" p="md" component="section" aria-label="Case history">
              <CaseHistory caseId={c.id} changed={data} />
            </Paper>
            <CaseAccessLog caseId={c.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {data.resident ? (
              <ResidentCard
                resident={data.resident}
                property={data.property}
                onEdited={(resident) => {
                  // The answer shows at once; the reload brings the address with it.
                  setSaved({ over: query.data, detail: { ...data, resident } });
                  reload();
                }}
              />
            ) : (
              <Paper withBorder radius="md" p="md">
                <Text c="dimmed">No resident is linked to this case.</Text>
              </Paper>
            )}
            <Section title="Triage" id="case-actions">
              <CaseActions
                key={`${c.type}-${c.status}`}
                row={c}
                canTriage={data.complaint.allowed.includes('triage')}
                onSaved={onSaved}
              />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
