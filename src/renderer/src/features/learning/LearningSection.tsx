// "Learning" on a complaint's case page: what the landlord learns from it (service area, root
// cause, lesson), the service improvements it led to, and — once closed — the resident's
// satisfaction.
import { Divider } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import type { CaseLearning } from '../../../../shared/contract/learning';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section, Subsection } from '../../ui/Section';
import { LearningForm } from './LearningForm';
import { LinkedImprovements } from './LinkedImprovements';
import { SatisfactionForm } from './SatisfactionForm';

export function LearningSection({ detail }: { detail: CaseDetail }) {
  const c = detail.case;
  // Asked again whenever the case changes (closed, reopened, synced).
  const query = useQuery('learning.get', { caseId: c.id }, { enabled: c.type === 'complaint' });
  const [saved, setSaved] = useState<{ over: CaseLearning | undefined; learning: CaseLearning } | null>(null);
  const learning = saved && saved.over === query.data ? saved.learning : query.data;
  const [seen, setSeen] = useState(`${c.status}${c.updatedAt}`);
  if (seen !== `${c.status}${c.updatedAt}`) {
    setSeen(`${c.status}${c.updatedAt}`);
    query.reload();
  }
  if (c.type !== 'complaint') return null;
  const onSaved = (l: CaseLearning) => setSaved({ over: query.data, learning: l });

  return (
    <Section title="Learning" id="case-learning" stack gap="md">
      {query.error && !learning ? (
        <ErrorAlert title="The learning could not be loaded" error={query.error} onRetry={query.reload} />
      ) : !learning ? (
        <PageLoader label="Loading the learning…" />
      ) : (
        <>
          <LearningForm
            key={`${learning.rootCause}|${learning.lesson}|${learning.serviceArea}`}
            learning={learning}
            onSaved={onSaved}
          />
          <Divider />
          <Subsection title="Service improvements" id="case-improvements">
            <LinkedImprovements learning={learning} onChanged={query.reload} />
          </Subsection>
          {learning.closedOn && (
            <>
              <Divider />
              <Subsection title="Satisfaction" id="case-satisfaction">
                <SatisfactionForm
                  key={JSON.stringify(learning.satisfaction)}
                  learning={learning}
                  onSaved={onSaved}
                />
              </Subsection>
            </>
          )}
        </>
      )}
    </Section>
  );
}
