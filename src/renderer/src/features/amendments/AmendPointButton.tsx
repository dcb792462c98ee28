// "Amend…" on a point whose stage's response has been issued: in place of editing it.
import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/types';
import { AmendPointForm, type AmendablePoint } from './AmendPointForm';

export function AmendPointButton({
  point,
  number,
  onSaved,
}: {
  point: AmendablePoint;
  number: number;
  onSaved: (detail: CaseDetail, done: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => setOpen(true)}
        aria-label={`Amend point ${number}`}
      >
        Amend…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} size="lg" title={`Amend point ${number} as issued`}>
        {open && (
          <AmendPointForm
            point={point}
            number={number}
            onSaved={(detail, done) => {
              setOpen(false);
              onSaved(detail, done);
            }}
            onCancel={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
  );
}
