import { describe, expect, it } from 'vitest';
import type { ShareStatus } from '../../../../shared/contract/types';
import { describeBehind, describeShareState, describeSyncReport, progressPercent } from './shareState';

const base: ShareStatus = {
  state: 'up_to_date',
  path: '\\\\office-nas\\complaints',
  shareId: 'share-1',
  progress: null,
  lastSyncAt: null,
  lastError: null,
  outbox: 0,
  devices: [],
  attention: 0,
  backend: 'folder',
  createOnly: 'check-then-write',
  requestsPerQuietSync: null,
  credentialExpires: null,
};

describe('share state in words', () => {
  it('names every state', () => {
    expect(describeShareState({ ...base, state: 'not_set_up' }).label).toBe('No central share');
    expect(describeShareState({ ...base, state: 'offline', outbox: 3 }).label).toBe(
      'Offline — 3 changes waiting',
    );
    expect(describeShareState({ ...base, state: 'offline', outbox: 0 }).label).toBe('Offline');
    expect(describeShareState({ ...base, state: 'syncing', progress: { done: 4, total: 10 } }).label).toBe(
      'Syncing… 4/10',
    );
    expect(describeShareState({ ...base, state: 'syncing' }).label).toBe('Syncing…');
    expect(describeShareState(base).label).toBe('Up to date');
    expect(describeShareState({ ...base, state: 'error' }).tone).toBe('problem');
  });

  it('announces state changes without counts', () => {
    const a = describeShareState({ ...base, state: 'syncing', progress: { done: 1, total: 9 } });
    const b = describeShareState({ ...base, state: 'syncing', progress: { done: 5, total: 9 } });
    expect(a.announcement).toBe(b.announcement);
  });

  it('computes progress safely', () => {
    expect(progressPercent(null)).toBeNull();
    expect(progressPercent({ done: 0, total: 0 })).toBeNull();
    expect(progressPercent({ done: 1, total: 4 })).toBe(25);
    expect(progressPercent({ done: 9, total: 4 })).toBe(100);
  });

  it('says how far behind a device is', () => {
    const d = {
      replicaId: 'r',
      label: 'L',
      code: 'K7',
      lastSeenAt: null,
      lastChangeAt: null,
      held: false,
      approved: true,
    };
    expect(describeBehind({ ...d, behind: null })).toMatch(/not yet/);
    expect(describeBehind({ ...d, behind: 0 })).toBe('Has everything from this computer');
    expect(describeBehind({ ...d, behind: 2 })).toBe('2 updates from this computer still to read');
  });
});

describe('sync reports in words', () => {
  const report = {
    exported: 0,
    imported: 0,
    segmentsRead: 0,
    held: 0,
    quarantined: 0,
    conflicts: 0,
    millis: 5,
    searchMillis: 0,
  };
  it('says when nothing moved', () => {
    expect(describeSyncReport(report)).toEqual({
      message: 'Nothing new to send or receive.',
      needsAttention: false,
    });
  });
  it('counts what moved and flags what needs a person', () => {
    const v = describeSyncReport({ ...report, exported: 1, imported: 12, conflicts: 1 });
    expect(v.message).toMatch(/^Sent 1 change, received 12 changes\. 1 change clashes/);
    expect(v.needsAttention).toBe(true);
    expect(describeSyncReport({ ...report, held: 2 }).message).toMatch(/2 changes are held/);
  });
});
