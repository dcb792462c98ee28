// The keyboard shortcuts, in one list: the hotkeys hook and the help modal both read it.
export interface ShortcutHelp {
  keys: string[][]; // alternatives, each a chord of keys
  does: string;
}

export function shortcutHelp(modKey: string): ShortcutHelp[] {
  return [
    {
      keys: [
        [modKey, 'L'],
        ['Alt', 'L'],
      ],
      does: 'Log a call',
    },
    { keys: [[modKey, 'K']], does: 'Search: go to a case, a resident or a screen' },
    { keys: [['Alt', 'M']], does: 'Go to My work' },
    { keys: [['Alt', 'O']], does: 'Go to Open cases (everyone’s, most urgent first)' },
    { keys: [['Alt', 'C']], does: 'Go to Cases' },
    { keys: [['Alt', 'R']], does: 'Go to Residents' },
    { keys: [['Alt', 'A']], does: 'Go to Needs attention' },
    { keys: [['Alt', 'S']], does: 'Go to Settings (central share, complaint policy)' },
    { keys: [['/']], does: 'Search the list on this page' },
    { keys: [[modKey, 'Shift', 'L']], does: 'Lock Redress (sign in again to carry on)' },
    { keys: [[modKey, 'Enter']], does: 'Save the call (on Log a call)' },
    { keys: [['?'], [modKey, '/']], does: 'Show these shortcuts' },
  ];
}
