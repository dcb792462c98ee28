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
