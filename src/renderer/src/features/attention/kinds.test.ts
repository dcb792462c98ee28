import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../../shared/contract/types';
import { groupByKind, guidanceFor } from './kinds';

const item = (id: string, kind: AttentionItem['kind']): AttentionItem => ({
  id,
  kind,
  title: id,
  detail: '',
  createdAt: '2026-03-12T14:00:00Z',
  entity: null,
  entityId: null,
  caseReference: null,
  field: null,
  options: [],
});

describe('needs attention', () => {
  it('groups items by kind, clashes first, keeping their order', () => {
    const groups = groupByKind([item('a', 'unreadable_file'), item('b', 'conflict'), item('c', 'conflict')]);
    expect(groups.map((g) => g.kind)).toEqual(['conflict', 'unreadable_file']);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('still shows a kind it does not know, last', () => {
    const odd = { ...item('z', 'conflict'), kind: 'something_new' as AttentionItem['kind'] };
    const groups = groupByKind([odd, item('a', 'clock')]);
    expect(groups.map((g) => g.kind)).toEqual(['clock', 'something_new']);
  });

  it('names the computers whose clock is wrong', () => {
    const device = {
      replicaId: 'r',
      code: 'K7',
      lastSeenAt: null,
      lastChangeAt: null,
      behind: 0,
      approved: true,
    };
    const text = guidanceFor(item('x', 'clock'), [
      { ...device, label: 'Sam’s laptop', held: true },
      { ...device, label: 'Front desk', held: false },
    ]);
    expect(text).toMatch(/^Ask the owner of Sam’s laptop to correct/);
    expect(guidanceFor(item('x', 'clock'))).toMatch(/owner of that computer/);
  });
});
