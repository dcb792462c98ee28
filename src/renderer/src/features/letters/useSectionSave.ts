// Saving one section while the officer writes: a pause in typing, or leaving the section, sends
// what is there; a save that fails keeps the text in the editor, says so, and is tried again at
// the next change or on "Try again". Leaving the page sends whatever is still waiting.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Letter } from '../../../../shared/contract/letters';
import type { SectionName } from '../../../../shared/letters/letterTypes';
import type { RichText } from '../../../../shared/letters/richText';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';

/** Saves in the order they were sent, across sections: a later one's answer includes the earlier ones. */
let lastTicket = 0;

/** How long a pause in typing is before the section is saved. */
export const SAVE_PAUSE_MS = 800;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface SectionSaver {
  state: SaveState;
  /** The text changed: save it after a pause. */
  changed: (text: RichText) => void;
  /** Save now (leaving the section, or before issuing); true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
}

export function useSectionSave(
  letterId: string,
  section: SectionName,
  initial: RichText,
  /** `ticket` orders the answers: the page keeps the one from the latest save sent. */
  onSaved: (letter: Letter, ticket: number) => void,
): SectionSaver {
  const api = useApi();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saved = useRef(JSON.stringify(initial));
  const pending = useRef<RichText | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);
  const mounted = useRef(true);
  const show = (s: SaveState) => {
    if (mounted.current) setState(s);
  };

  const saveNow = useCallback(async (): Promise<boolean> => {
    const text = pending.current;
    if (!text) return true;
    if (JSON.stringify(text) === saved.current) {
      pending.current = null;
      show({ kind: 'saved' });
      return true;
    }
    show({ kind: 'saving' });
    const ticket = ++lastTicket;
    try {
      const letter = await api.call('letters.setSection', { id: letterId, section, text });
      saved.current = JSON.stringify(text);
      if (pending.current === text) pending.current = null;
      onSavedRef.current(letter, ticket);
      show(pending.current ? { kind: 'waiting' } : { kind: 'saved' });
      return true;
    } catch (error) {
      show({ kind: 'failed', message: messageOf(error) });
      return false;
    }
  }, [api, letterId, section]);

  // One save at a time, in order: each takes whatever is waiting when its turn comes.
  const send = useCallback((): Promise<boolean> => {
    const next = queue.current.then(saveNow);
    queue.current = next.catch(() => false);
    return next;
  }, [saveNow]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const ok = await send();
    // Typed while that save was on its way: send that too.
    return ok && pending.current ? send() : ok;
  }, [send]);

  const changed = useCallback(
    (text: RichText) => {
      pending.current = text;
      if (timer.current) clearTimeout(timer.current);
      show({ kind: 'waiting' });
      timer.current = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    [flush],
  );

  // Leaving the letter: what is still waiting is sent (its answer has nowhere to show).
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) {
        clearTimeout(timer.current);
        void send();
      }
    };
  }, [send]);

  return useMemo(() => ({ state, changed, flush }), [state, changed, flush]);
}
