// The kinds of "Needs attention" item, in the order the page shows them, with what each means
// and what a person can do about it.
import type { AttentionItem, AttentionKind, DeviceStatus } from '../../../../shared/contract/types';
import { OWN_CLOCK_ITEM } from '../../../../shared/sync/attentionIds';

export const KIND_ORDER: AttentionKind[] = [
  'fork',
  'lifecycle',
  'conflict',
  'edited_after_delete',
  'duplicate_reference',
  'clock',
  'untrusted_share',
  'held_value',
  'unreadable_file',
  'waiting_for_data',
];

export function headingFor(kind: AttentionKind): { title: string; intro: string } {
  return (
    KIND_HEADINGS[kind] ?? {
      title: 'Other things to check',
      intro: 'Redress noticed something on the share.',
    }
  );
}

const KIND_HEADINGS: Record<AttentionKind, { title: string; intro: string }> = {
  fork: {
    title: 'This computer’s identity is in use elsewhere',
    intro:
      'Another computer is writing to the share as this one — usually because this computer’s data was copied to it (a copied disk or profile, or a backup put back). Until this is sorted out, changes made here are kept but not shared.',
  },
  lifecycle: {
    title: 'Cases to put right',
    intro:
      'Work done on two computers at once left these cases in a state the Code’s rules would not allow (for example the same officer at both stages). Open the case and put it right; the item clears by itself.',
  },
  conflict: {
    title: 'Changes that clash',
    intro:
      'Two people changed the same thing before their computers synced. Redress kept both: choose the one to keep, and every computer will use it.',
  },
  edited_after_delete: {
    title: 'Changed after it was removed',
    intro: 'Someone changed a record that had already been removed on another computer.',
  },
  duplicate_reference: {
    title: 'Case references used twice',
    intro: 'Two different cases carry the same reference. Both cases are kept.',
  },
  clock: {
    title: 'Computers with the wrong date or time',
    intro:
      'A computer’s clock is out. Changes from a computer far ahead are held until it is put right, so they do not overwrite newer work.',
  },
  unreadable_file: {
    title: 'Files Redress could not read',
    intro: 'A file in the shared folder could not be read.',
  },
  untrusted_share: {
    title: 'Changes on the share that were not accepted',
    intro:
      'Redress found changes in the shared folder that do not add up — written under another computer’s name or by an officer of another computer, or a starting-point file that claims more than the share holds. Nothing from them was stored.',
  },
  held_value: {
    title: 'Changes held back for values Redress refuses',
    intro:
      'Another computer sent a value Redress’s rules refuse (a date that cannot be right, hidden control characters). The change is held back; nothing else is affected.',
  },
  waiting_for_data: {
    title: 'Changes waiting for other changes',
    intro: 'Some changes arrived before the records they belong to.',
  },
};

/** What the person can do about an item that has no buttons. */
export function guidanceFor(item: AttentionItem, devices: DeviceStatus[] = []): string {
  switch (item.kind) {
    case 'conflict':
      return 'Choose the value to keep.';
    case 'edited_after_delete':
      return 'Open the record and check it is as it should be. If it should not exist, tell whoever removed it.';
    case 'duplicate_reference':
      return 'Use the links to tell the cases apart, and let whoever looks after Redress know: two computers may have been set up with the same reference code.';
    case 'fork':
      return 'Choose “Give this computer a new identity”. Its changes are then shared again under the new identity, nothing is lost or duplicated, and the other computer carries on as it is. Do this on this computer only.';
    case 'clock': {
      if (item.id === OWN_CLOCK_ITEM)
        return 'Correct this computer’s date, time and time zone (on Windows: Settings → Time & language → Date & time → Set time automatically). This message goes once the clock agrees with the share’s; sync carries on meanwhile.';
      const held = devices.filter((d) => d.held).map((d) => d.label);
      const who =
        held.length === 0
          ? 'that computer'
          : held.length === 1
            ? held[0]
            : `${held.slice(0, -1).join(', ')} and ${held[held.length - 1]}`;
      return `Ask the owner of ${who} to correct the computer’s date and time. Its changes come in once the clock is right.`;
    }
    case 'unreadable_file':
      return 'Redress will try again; if it persists, the share may be damaged or still copying. Check the shared folder has finished syncing on this computer.';
    case 'untrusted_share':
      return 'Nothing to undo here. Check who can write to the shared folder, and tell whoever looks after Redress.';
    case 'held_value':
      return 'Make sure every computer runs the same version of Redress. If the record needs the change, make it again on a computer that has the record.';
    case 'waiting_for_data':
      return 'Usually nothing: Redress applies them as soon as the rest arrives. If this stays for more than a day, check the other computer has synced.';
    default:
      return 'Read the detail above; if it is unclear, ask whoever looks after Redress.';
  }
}

export function groupByKind(items: AttentionItem[]): Array<{ kind: AttentionKind; items: AttentionItem[] }> {
  const groups = KIND_ORDER.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }));
  // A kind this window does not know yet (a newer Redress on the share) still shows, last.
  for (const i of items) {
    if (KIND_ORDER.includes(i.kind)) continue;
    const group = groups.find((g) => g.kind === i.kind);
    if (group) group.items.push(i);
    else groups.push({ kind: i.kind, items: [i] });
  }
  return groups.filter((g) => g.items.length > 0);
}
