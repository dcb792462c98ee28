import { describe, expect, it } from 'vitest';
import type { Rag } from '../../../../shared/complaints/deadlines';
import type { WorkItem } from '../../../../shared/contract/complaintTypes';
import { urgencyCounts } from './urgency';

let n = 0;
function item(rag: Rag | null, hsRisk = false): WorkItem {
  n++;
  return {
    id: `id-${n}`,
    reference: `RD-26-AB-${String(n).padStart(4, '0')}`,
    type: 'complaint',
    status: 'stage1',
    summary: 'A complaint',
    residentName: null,
    ownerId: null,
    ownerName: null,
    serviceArea: null,
    hsRisk,
    deadline: rag ? { what: 'respond', stage: 1, due: '2026-03-02', rag, workingDaysLeft: 0 } : null,
  };
}

describe('urgency counts', () => {
  it('counts each RAG status and health and safety risks', () => {
    const items = [
      item('overdue', true),
      item('overdue'),
      item('due_today'),
      item('due_soon'),
      item('on_track', true),
      item(null),
    ];
    expect(urgencyCounts(items, items.length)).toEqual({
      overdue: 2,
      dueToday: 1,
      dueSoon: 1,
      healthAndSafety: 2,
      exact: true,
      healthAndSafetyExact: true,
    });
  });

  it('is exact when a cut list already reached the cases on track', () => {
    const c = urgencyCounts([item('overdue'), item('on_track')], 50);
    expect(c.exact).toBe(true);
    expect(c.healthAndSafetyExact).toBe(false);
  });

  it('says "at least" when the cut fell among pressing cases', () => {
    expect(urgencyCounts([item('overdue'), item('overdue')], 50).exact).toBe(false);
  });
});

describe('my overdue tasks and promised actions', () => {
  it('count a case as overdue whatever its own deadline, and a list cut on one is not exact', () => {
    const onTrack = { ...item('on_track'), overdueWork: { tasks: 0, actions: 1, since: '2026-03-01' } };
    const closed = {
      ...item(null),
      status: 'closed' as const,
      overdueWork: { tasks: 1, actions: 0, since: '2026-03-02' },
    };
    expect(urgencyCounts([onTrack, closed], 2)).toMatchObject({ overdue: 2, dueToday: 0, exact: true });
    expect(urgencyCounts([closed], 2)).toMatchObject({ overdue: 1, exact: false });
  });
});
