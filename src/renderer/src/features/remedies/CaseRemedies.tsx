// Putting things right on the case page: its remedies and the actions promised to the resident.
import { useEffect, useRef } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { useQuery } from '../../api/useQuery';
import { useReloadOnSync } from '../sync';
import { ActionsSection } from './ActionsSection';
import { RemediesSection } from './RemediesSection';

export function CaseRemedies({ detail }: { detail: CaseDetail }) {
  const caseId = detail.case.id;
  const remedies = useQuery('remedies.list', { caseId });
  const { reload } = remedies;
  useReloadOnSync(reload);
  // A response issued (or any change to the case) may freeze its remedies: read them again.
  const seen = useRef(detail.case.updatedAt);
  useEffect(() => {
    if (seen.current === detail.case.updatedAt) return;
    seen.current = detail.case.updatedAt;
    reload();
  }, [detail.case.updatedAt, reload]);
  return (
    <>
      <RemediesSection caseId={caseId} points={detail.complaint.points} query={remedies} />
      <ActionsSection key={detail.case.status} caseId={caseId} remedies={remedies.data?.items ?? []} />
    </>
  );
}
