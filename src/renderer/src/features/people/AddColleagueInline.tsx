// "Add a colleague" inside another dialog (acknowledging stage 2, handing a case over): a few
// fields in place — not a form of its own, since it sits inside that dialog's form — and the new
// colleague is handed back to be chosen. Ctrl+Enter in these fields saves the colleague, not the
// dialog around them.
import { Alert, Button, Fieldset, Group, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Colleague } from '../../../../shared/contract';
import type { Role } from '../../../../shared/domain/vocabulary';
import { useCan } from '../../api/useCan';
import { ColleagueFields, NO_COLLEAGUE, type ColleagueValues } from './ColleagueFields';
import { useColleagueSave } from './useColleagueSave';

interface Props {
  onAdded: (c: Colleague) => void;
  /** The role the work needs (stage 2 needs a senior officer): the new colleague is added with it. */
  role?: Role;
}

/** Only for those who may add people (administrators): others choose from the list as it is. */
export function AddColleagueInline(props: Props) {
  return useCan('people.add') ? <AddColleagueFields {...props} /> : null;
}

function AddColleagueFields({ onAdded, role = 'officer' }: Props) {
  const blank: ColleagueValues = { ...NO_COLLEAGUE, role };
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ColleagueValues>(blank);
  const { busy, errors, save, clear } = useColleagueSave();
  const opener = useRef<HTMLButtonElement>(null);
  // Focus goes back to the opener once it is on the page again: a timer or animation frame can
  // run before React has put it back, leaving focus on the page's body (and Ctrl+Enter unheard).
  const refocus = useRef(false);
  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus();
  }, [open]);

  function close() {
    refocus.current = true;
    setOpen(false);
    setValues(blank);
    clear();
  }

  async function add() {
    const c = await save(values);
    if (!c) return;
    // Focus stays in the dialog, so Ctrl+Enter then saves it with the colleague chosen.
    refocus.current = true;
    setOpen(false);
    setValues(blank);
    onAdded(c);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    getHotkeyHandler([
      [
        'mod+Enter',
        () => {
          event.stopPropagation();
          void add();
        },
      ],
    ])(event);
  }

  if (!open)
    return (
      <Group>
        <Button
          ref={opener}
          variant="subtle"
          size="compact-md"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          Add a colleague
        </Button>
      </Group>
    );
  return (
    <Fieldset legend="Add a colleague" data-own-hotkeys onKeyDownCapture={onKeyDown}>
      <Stack gap="sm">
        {errors.form && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errors.form}
          </Alert>
        )}
        <ColleagueFields values={values} onChange={setValues} errors={errors.fields} autoFocus compact />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="compact-md" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button size="compact-md" variant="light" onClick={() => void add()} loading={busy}>
            Save colleague
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
