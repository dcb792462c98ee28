// The investigation workspace on a complaint's case page: each point's findings, basis, evidence
// and decision by stage, then the case notes and the investigation tasks. It loads in one call
// (investigation.forCase) and again whenever the case changes or a sync brings news.
import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import type {
  CaseNote,
  InvestigationTask,
  PointInvestigation,
} from '../../../../shared/contract/investigationTypes';
import { latestVersion } from '../../../../shared/investigation/notes';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { Section, Subsection } from '../../ui/Section';
import { useDialog } from '../complaint';
import { useReloadOnSync } from '../sync';
import { FindingsForm } from './FindingsForm';
import { NoteForm } from './NoteForm';
import { NotesPanel } from './NotesPanel';
import { PointInvestigationCard } from './PointInvestigationCard';
import { TaskDoneForm } from './TaskDoneForm';
import { TaskForm } from './TaskForm';
import { TasksPanel } from './TasksPanel';

type Dialog =
  | { kind: 'findings'; point: PointInvestigation; number: number }
  | { kind: 'note'; correcting: CaseNote | null }
  | { kind: 'task' }
  | { kind: 'done'; task: InvestigationTask };

const TITLES = { findings: 'Findings', note: 'Add a note', task: 'Add a task', done: 'Mark the task done' };

export function InvestigationSection({ detail }: { detail: CaseDetail }) {
  const caseId = detail.case.id;
  const isComplaint = detail.complaint.facts.type === 'complaint';
  const query = useQuery('investigation.forCase', { caseId }, { enabled: isComplaint });
  const { data, error, reload } = query;
  useReloadOnSync(reload);
  // A change to the case (a decision, the response issued) shows here too; the first load is the query's own.
  const shown = useRef(detail);
  useEffect(() => {
    if (shown.current === detail) return;
    shown.current = detail;
    reload();
  }, [detail, reload]);
  const dialog = useDialog<Dialog>();

  if (!isComplaint) return null;
  if (error)
    return <ErrorAlert title="The investigation could not be loaded" error={error} onRetry={reload} />;
  if (!data) return null;

  const numbers = new Map(data.points.map((p, i) => [p.id, i + 1]));
  const pointLabel = (id: string | null) =>
    id && numbers.has(id) ? `On point ${numbers.get(id)}` : undefined;
  const pointChoices = data.points.map((p, i) => ({
    value: p.id,
    label: `Point ${i + 1}: ${p.point.slice(0, 60)}`,
  }));
  const stages = [...new Set(data.points.map((p) => p.stage))];
  const saved = (done: string) => {
    dialog.close();
    notifications.show({ color: 'teal.9', message: done });
    reload();
  };
  const d = dialog.value;
  const title =
    d?.kind === 'findings'
      ? `Findings on point ${d.number}`
      : d?.kind === 'note' && d.correcting
        ? 'Correct a note'
        : d
          ? TITLES[d.kind]
          : '';

  return (
    <Section title="Investigation" id="case-investigation" stack gap="lg">
      {stages.map((stage) => (
        <Subsection key={stage} title={`Stage ${stage}: points of complaint`}>
          <Stack gap="sm">
            {data.points
              .filter((p) => p.stage === stage)
              .map((p) => (
                <PointInvestigationCard
                  key={p.id}
                  point={p}
                  number={numbers.get(p.id)!}
                  onEditFindings={() =>
                    dialog.open({ kind: 'findings', point: p, number: numbers.get(p.id)! })
                  }
                />
              ))}
          </Stack>
        </Subsection>
      ))}
      <NotesPanel
        notes={data.notes}
        pointLabel={pointLabel}
        onAdd={() => dialog.open({ kind: 'note', correcting: null })}
        onCorrect={(n) => dialog.open({ kind: 'note', correcting: latestVersion(data.notes, n.id) ?? n })}
      />
      <TasksPanel
        tasks={data.tasks}
        pointLabel={pointLabel}
        onAdd={() => dialog.open({ kind: 'task' })}
        onDone={(task) => dialog.open({ kind: 'done', task })}
      />
      <Modal
        opened={dialog.opened}
        onClose={dialog.close}
        onExitTransitionEnd={dialog.exited}
        size="lg"
        title={title}
      >
        {d?.kind === 'findings' && (
          <FindingsForm point={d.point} number={d.number} onSaved={saved} onCancel={dialog.close} />
        )}
        {d?.kind === 'note' && (
          <NoteForm
            caseId={caseId}
            correcting={d.correcting}
            points={pointChoices}
            onSaved={saved}
            onCancel={dialog.close}
          />
        )}
        {d?.kind === 'task' && (
          <TaskForm
            caseId={caseId}
            people={data.assignable}
            points={pointChoices}
            onSaved={saved}
            onCancel={dialog.close}
          />
        )}
        {d?.kind === 'done' && <TaskDoneForm task={d.task} onSaved={saved} onCancel={dialog.close} />}
      </Modal>
    </Section>
  );
}
