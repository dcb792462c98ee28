// The headline figures, big enough for a board member to read across a room, each saying what it
// counts in plain words; every count opens the cases behind it.
import { Anchor, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import type { ReportFilters } from '../../../../shared/contract/reporting';
import type { MeasureKey } from '../../../../shared/reporting/measureKeys';
import { RouteLink } from '../../nav/RouteLink';
import type { Drill } from './figureTable';
import classes from './Headlines.module.css';

const n = (x: number) => x.toLocaleString('en-GB');
const pct = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}%`);
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

function Figure({
  label,
  value,
  note,
  drill,
  onDrill,
}: {
  label: string;
  value: string;
  note?: ReactNode;
  drill?: Drill;
  onDrill: (d: Drill) => void;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {drill ? (
          <UnstyledButton
            className={classes.value}
            onClick={() => onDrill(drill)}
            aria-label={`${label}: ${value}. Show the cases`}
          >
            {value}
          </UnstyledButton>
        ) : (
          <Text className={classes.value} component="p">
            {value}
          </Text>
        )}
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function Headlines({
  d,
  filters,
  onDrill,
}: {
  d: Dashboard;
  filters: ReportFilters;
  onDrill: (d: Drill) => void;
}) {
  const m = d.measures;
  const drill = (measure: MeasureKey, title: string, more: ReportFilters = {}): Drill => ({
    measure,
    from: d.from,
    to: d.to,
    filters: { ...filters, ...more },
    title,
  });
  const homesMissing = m.homes === null && (
    <>
      The number of homes owned is not set for this reporting year, so CH01 cannot be worked out.{' '}
      <RouteLink to={{ name: 'settings' }} underline="always">
        Set the homes owned in Settings
      </RouteLink>
      .
    </>
  );
  const per1000 = (x: number | null) => (x === null ? 'Not set' : x.toFixed(1));
  const stage = (s: 1 | 2) => {
    const st = s === 1 ? m.stage1 : m.stage2;
    const what = s === 1 ? 'stage 1' : 'stage 2';
    return (
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <Figure
          label={s === 1 ? 'Stage 1 complaints received' : 'Stage 2 escalations received'}
          value={n(st.received)}
          drill={drill(
            `stage${s}.received`,
            `${s === 1 ? 'Stage 1 complaints' : 'Stage 2 escalations'} received`,
          )}
          onDrill={onDrill}
        />
        <Figure
          label={`${s === 1 ? 'Stage 1' : 'Stage 2'} responses sent`}
          value={n(st.responded)}
          drill={drill(`stage${s}.responded`, `${s === 1 ? 'Stage 1' : 'Stage 2'} responses sent`)}
          onDrill={onDrill}
        />
        <Figure
          label="On time, no extension"
          value={n(st.respondedOnTime)}
          note={`${pct(share(st.respondedOnTime, st.responded))} of ${what} responses, by the Code’s deadline`}
          drill={drill(
            `stage${s}.respondedOnTime`,
            `${s === 1 ? 'Stage 1' : 'Stage 2'} responses on time without an extension`,
          )}
          onDrill={onDrill}
        />
        <Figure
          label="On time, counting extensions"
          value={n(st.respondedOnTimeWithExtensions)}
          note="Extensions agreed and told to the resident before the deadline count"
          drill={drill(
            `stage${s}.respondedOnTimeWithExtensions`,
            `${s === 1 ? 'Stage 1' : 'Stage 2'} responses on time counting agreed extensions`,
          )}
          onDrill={onDrill}
        />
        <Figure
          label="Median time to respond"
          value={st.medianWorkingDays === null ? '–' : `${n(st.medianWorkingDays)} days`}
          note={`Working days, half of ${what} responses took longer`}
          onDrill={onDrill}
        />
      </SimpleGrid>
    );
  };
  const openTotal = d.openByStage.reduce(
    (t, s) => t + s.rag.overdue + s.rag.due_today + s.rag.due_soon + s.rag.on_track,
    0,
  );

  return (
    <Stack gap="md" component="section" aria-labelledby="headline-figures">
      <Title order={2} size="h3" id="headline-figures">
        Headline figures
      </Title>
      <Text size="sm" c="dimmed">
        <strong>CH01</strong> is the Regulator’s measure of complaints received for every 1,000 homes owned;{' '}
        <strong>CH02</strong> is the share of responses sent within the Code’s timescale (counting extensions
        agreed in time).
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure
          label="CH01 stage 1, per 1,000 homes"
          value={per1000(m.ch01.stage1Per1000Homes)}
          note={homesMissing || `${n(m.stage1.received)} complaints, ${n(m.homes ?? 0)} homes`}
          drill={drill('stage1.received', 'Stage 1 complaints received (CH01)')}
          onDrill={onDrill}
        />
        <Figure
          label="CH01 stage 2, per 1,000 homes"
          value={per1000(m.ch01.stage2Per1000Homes)}
          note={homesMissing || `${n(m.stage2.received)} escalations, ${n(m.homes ?? 0)} homes`}
          drill={drill('stage2.received', 'Stage 2 escalations received (CH01)')}
          onDrill={onDrill}
        />
        <Figure
          label="CH02 stage 1, within the timescale"
          value={pct(m.ch02.stage1Pct)}
          note={`${n(m.stage1.respondedOnTimeWithExtensions)} of ${n(m.stage1.responded)} responses`}
          drill={drill(
            'stage1.respondedOnTimeWithExtensions',
            'Stage 1 responses within the timescale (CH02)',
          )}
          onDrill={onDrill}
        />
        <Figure
          label="CH02 stage 2, within the timescale"
          value={pct(m.ch02.stage2Pct)}
          note={`${n(m.stage2.respondedOnTimeWithExtensions)} of ${n(m.stage2.responded)} responses`}
          drill={drill(
            'stage2.respondedOnTimeWithExtensions',
            'Stage 2 responses within the timescale (CH02)',
          )}
          onDrill={onDrill}
        />
      </SimpleGrid>
      <Title order={3} size="h4">
        Stage 1
      </Title>
      {stage(1)}
      <Title order={3} size="h4">
        Stage 2
      </Title>
      {stage(2)}
      <Title order={3} size="h4">
        Open now and escalations
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure
          label="Open complaints"
          value={n(openTotal)}
          note="Waiting for a stage 1 or stage 2 response"
          onDrill={onDrill}
        />
        <Figure
          label="Overdue complaints"
          value={n(d.overdueCases)}
          note="Past the Code’s deadline today"
          drill={drill('open.overdue', 'Open complaints past their deadline')}
          onDrill={onDrill}
        />
        <Figure
          label="Overdue promised actions"
          value={n(d.overdueActions)}
          note={
            <Anchor href="#/actions" size="xs" underline="always">
              See them in the action tracker
            </Anchor>
          }
          onDrill={onDrill}
        />
        <Figure
          label="Escalation rate"
          value={pct(m.stage1.escalationRatePct)}
          note={`${n(m.stage1.escalated)} of ${n(m.stage1.responded)} stage 1 responses went on to stage 2`}
          drill={drill('stage1.escalated', 'Stage 1 responses later escalated')}
          onDrill={onDrill}
        />
      </SimpleGrid>
    </Stack>
  );
}
