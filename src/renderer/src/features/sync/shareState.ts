// What the share's state means to a person: the words in the header, the colour, and what to
// announce. Pure, so it can be tested without a browser.
import type { DeviceStatus, ShareStatus, SyncReport } from '../../../../shared/contract/types';
import { plural } from '../../ui/format';

export type Tone = 'neutral' | 'offline' | 'busy' | 'good' | 'problem';

export interface ShareStateView {
  /** The short words on the indicator. */
  label: string;
  /** One sentence on what it means and what to do. */
  explanation: string;
  tone: Tone;
  /** What a screen reader hears when the state changes: no counts, so it is not chatty. */
  announcement: string;
}

export const TONE_COLOURS: Record<Tone, string> = {
  neutral: 'gray.7',
  offline: 'gray.8',
  busy: 'indigo.8',
  good: 'teal.9',
  problem: 'red.9',
};

export function progressPercent(progress: ShareStatus['progress']): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

export function describeShareState(status: ShareStatus): ShareStateView {
  switch (status.state) {
    case 'not_set_up':
      return {
        label: 'No central share',
        explanation:
          'Your work is saved on this computer only. Set up or join a central share in Settings to exchange cases with colleagues.',
        tone: 'neutral',
        announcement: 'No central share',
      };
    case 'offline':
      return {
        label: status.outbox > 0 ? `Offline — ${plural(status.outbox, 'change')} waiting` : 'Offline',
        explanation:
          'Redress cannot reach the central share just now. Keep working: your changes are saved here and go out when it is back.',
        tone: 'offline',
        announcement: 'Offline: the central share cannot be reached',
      };
    case 'syncing': {
      const p = status.progress;
      return {
        label:
          p && p.total > 0
            ? `Syncing… ${p.done.toLocaleString('en-GB')}/${p.total.toLocaleString('en-GB')}`
            : 'Syncing…',
        explanation: 'Redress is exchanging changes with the central share. You can keep working.',
        tone: 'busy',
        announcement: 'Syncing with the central share',
      };
    }
    case 'up_to_date':
      return {
        label: 'Up to date',
        explanation:
          status.outbox > 0
            ? `Connected to the central share. ${plural(status.outbox, 'change')} from this computer will go out at the next sync.`
            : 'This computer has every change from the central share, and its own changes have gone out.',
        tone: 'good',
        announcement: 'Up to date with the central share',
      };
    case 'error':
      return {
        label: 'Sync problem',
        explanation:
          'The last sync did not finish. Your work is safe on this computer; Redress will try again.',
        tone: 'problem',
        announcement: 'Sync problem',
      };
  }
}

/** How far behind a device is, in words. */
export function describeBehind(device: DeviceStatus): string {
  if (device.behind === null) return 'Has not yet read anything from this computer';
  if (device.behind === 0) return 'Has everything from this computer';
  return `${plural(device.behind, 'update')} from this computer still to read`;
}

export interface SyncReportView {
  message: string;
  /** Something needs a person (clashes, held changes or unreadable files). */
  needsAttention: boolean;
}

export function describeSyncReport(report: SyncReport): SyncReportView {
  const parts: string[] = [];
  if (report.exported === 0 && report.imported === 0) parts.push('Nothing new to send or receive.');
  else
    parts.push(`Sent ${plural(report.exported, 'change')}, received ${plural(report.imported, 'change')}.`);
  if (report.conflicts > 0)
    parts.push(
      `${plural(report.conflicts, 'change clashes', 'changes clash')} with another and ${report.conflicts === 1 ? 'needs' : 'need'} your choice: see Needs attention.`,
    );
  if (report.held > 0)
    parts.push(
      `${plural(report.held, 'change is', 'changes are')} held because a computer’s clock looks wrong.`,
    );
  if (report.quarantined > 0)
    parts.push(`${plural(report.quarantined, 'file')} could not be read; Redress will try again.`);
  return {
    message: parts.join(' '),
    needsAttention: report.conflicts > 0 || report.held > 0 || report.quarantined > 0,
  };
}
