// Issuing a letter: how it goes (the resident's preferred method chosen already) and the date it
// carries (today unless told). What goes with it is shown: large print, a copy to the
// representative, the address. When the main side refuses it, each missing item is named.
import { Alert, List, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { IssueLetterInput, type Letter } from '../../../../shared/contract/letters';
import { todayIso } from '../../../../shared/complaints/calendar';
import {
  LETTER_METHOD_LABELS,
  LETTER_METHODS,
  type LetterMethod,
} from '../../../../shared/letters/letterTypes';
import { useApi } from '../../api/ApiContext';
import { DateField } from '../../ui/DateField';
import { ModalForm, NO_FORM_ERRORS, checkInput, hasErrors, placeErrors, type FormErrors } from '../complaint';
import { missingFromError } from './missingFromError';

const FIELDS = ['method', 'on'];

export function IssueForm({
  letter,
  onCancel,
  onIssued,
  onRefused,
}: {
  letter: Letter;
  onCancel: () => void;
  onIssued: (letter: Letter) => void;
  /** The main side refused: the letter on screen is out of date. */
  onRefused: () => void;
}) {
  const api = useApi();
  const today = todayIso(new Date());
  const [method, setMethod] = useState<LetterMethod>(letter.suggestedMethod);
  const [on, setOn] = useState<string>(today);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [missing, setMissing] = useState<string[]>([]);
  const missingRef = useRef<HTMLDivElement>(null);
  // Refused: the officer is taken to what is missing.
  useEffect(() => {
    if (missing.length) missingRef.current?.focus();
  }, [missing]);

  async function submit() {
    const input = { id: letter.id, method, on };
    const local = checkInput(IssueLetterInput, input, FIELDS);
    if (hasErrors(local)) return setErrors(local);
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    setMissing([]);
    try {
      onIssued(await api.call('letters.issue', input));
    } catch (error) {
      const items = missingFromError(error);
      setMissing(items);
      // A refusal naming missing items is shown as that list alone; anything else in the form's way.
      setErrors(items.length ? NO_FORM_ERRORS : placeErrors(error, FIELDS));
      if (items.length) onRefused();
    } finally {
      setBusy(false);
    }
  }

  const address = [letter.addressee.name, ...letter.addressee.addressLines].filter(Boolean);
  return (
    <ModalForm
      label="Issue the letter"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      busy={busy}
      errors={errors}
      submitLabel="Issue the letter"
    >
      {missing.length > 0 && (
        <Alert
          ref={missingRef}
          tabIndex={-1}
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Not issued: missing from the letter"
        >
          <List size="sm" spacing={2}>
            {missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          To
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {address.join('\n') || 'No address is recorded for the resident.'}
        </Text>
        {letter.copyTo && <Text size="sm">A copy goes to {letter.copyTo}, their representative.</Text>}
        <Text size="sm">
          {letter.largePrintPt
            ? `In large print: ${letter.largePrintPt} pt, as the resident’s record asks.`
            : 'Standard print.'}
        </Text>
      </Stack>
      <Radio.Group
        label="How it is sent"
        description={`The resident’s preferred method is ${LETTER_METHOD_LABELS[letter.suggestedMethod].toLowerCase()}.`}
        value={method}
        onChange={(v) => setMethod(v as LetterMethod)}
        error={errors.fields.method}
        required
      >
        <Stack gap={6} mt={6}>
          {LETTER_METHODS.map((m) => (
            <Radio
              key={m}
              value={m}
              label={LETTER_METHOD_LABELS[m]}
              // The dialog opens on the method chosen for the officer, inside the form (Ctrl+Enter issues).
              {...(m === letter.suggestedMethod ? { 'data-autofocus': true } : {})}
            />
          ))}
        </Stack>
      </Radio.Group>
      <DateField
        label="Date of the letter"
        description="The date it carries and is issued on: today unless it went earlier."
        value={on}
        onChange={setOn}
        max={today}
        error={errors.fields.on}
      />
    </ModalForm>
  );
}
