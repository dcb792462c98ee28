// Everything Redress holds about a resident, in one dialog: how to reach them, what they need,
// who speaks for them (with the date they consented), their letters and their address. Only what
// changed is sent, and what the main side answers is what the page then shows.
import {
  Checkbox,
  Fieldset,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ADDRESS_CHANGES } from '../../../../shared/contract/inputs';
import type { Property, Resident } from '../../../../shared/contract/types';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  TENURE_LABELS,
  TENURES,
  type ContactMethod,
  type Tenure,
} from '../../../../shared/domain/vocabulary';
import { LARGE_PRINT_MAX_PT, LARGE_PRINT_MIN_PT } from '../../../../shared/letters/stored';
import { useApi } from '../../api/ApiContext';
import { messageOf, wasSaved } from '../../api/errors';
import { DateField } from '../../ui/DateField';
import { todayIso } from '../../ui/dates';
import { hasErrors, ModalForm, NO_FORM_ERRORS, placeErrors, type FormErrors } from '../complaint';
import {
  asksHow,
  changesOf,
  checkValues,
  PLACEMENT,
  RESIDENT_FIELDS,
  stillWrong,
  valuesOf,
  type ResidentValues,
} from './residentForm';

const METHOD_OPTIONS = CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }));
const TENURE_OPTIONS = TENURES.map((t) => ({ value: t, label: TENURE_LABELS[t] }));
const HOW_LABELS = {
  moved: 'The resident has moved here',
  corrected: 'The address on record was wrong (corrects it for everyone recorded there)',
} as const;

export interface ResidentEditorProps {
  resident: Resident;
  property: Property | null;
  opened: boolean;
  onClose: () => void;
  /** The resident as the main side saved them. */
  onSaved: (resident: Resident) => void;
}

export function ResidentEditor(props: ResidentEditorProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`Edit ${props.resident.name}’s details`}
      size="xl"
    >
      {props.opened && <EditorForm {...props} />}
    </Modal>
  );
}

function EditorForm({ resident, property, onClose, onSaved }: ResidentEditorProps) {
  const api = useApi();
  const [values, setValues] = useState<ResidentValues>(() => valuesOf(resident, property));
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [busy, setBusy] = useState(false);

  function set<K extends keyof ResidentValues>(key: K, value: ResidentValues[K]) {
    patch({ [key]: value } as Pick<ResidentValues, K>);
  }
  function patch(change: Partial<ResidentValues>) {
    const next = { ...values, ...change };
    setValues(next);
    // A message goes as soon as its field is right; none appears while typing.
    if (hasErrors(errors)) setErrors(stillWrong(errors, checkValues(next, resident, property, todayIso())));
  }
  const text = (key: keyof ResidentValues) => ({
    value: values[key] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    error: errors.fields[key],
  });

  async function submit() {
    const problems = checkValues(values, resident, property, todayIso());
    if (hasErrors(problems)) return setErrors(problems);
    const changes = changesOf(values, resident, property);
    if (Object.keys(changes).length === 0) return onClose();
    setBusy(true);
    setErrors(NO_FORM_ERRORS);
    try {
      const saved = await api.call('residents.update', { id: resident.id, changes });
      notifications.show({ color: 'teal.9', message: `${saved.name}’s details saved.` });
      onSaved(saved);
      onClose();
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        onClose();
      } else setErrors(placeErrors(error, RESIDENT_FIELDS, PLACEMENT));
    } finally {
      setBusy(false);
    }
  }

  const showHow = asksHow(values, property);
  return (
    <ModalForm
      label={`Edit ${resident.name}’s details`}
      onSubmit={() => void submit()}
      onCancel={onClose}
      busy={busy}
      errors={errors}
      submitLabel="Save details"
    >
      <Stack gap="lg">
        <Fieldset legend="Contact">
          <Stack gap="sm">
            <TextInput label="Name" required {...text('name')} data-autofocus />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Phone" type="tel" {...text('phone')} />
              <TextInput label="Email" type="email" spellCheck={false} {...text('email')} />
              <Select
                label="Preferred way to contact them"
                data={METHOD_OPTIONS}
                value={values.preferredContactMethod}
                onChange={(v) => set('preferredContactMethod', (v as ContactMethod | null) ?? null)}
                clearable
                error={errors.fields.preferredContactMethod}
              />
              <TextInput
                label="Best times to contact"
                placeholder="e.g. weekday mornings"
                {...text('preferredContactTimes')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Needs and adjustments">
          <Stack gap="sm">
            <Checkbox
              label="Vulnerable — take extra care with this resident"
              checked={values.vulnerable}
              onChange={(e) => set('vulnerable', e.currentTarget.checked)}
            />
            <Textarea
              label="Reasonable adjustments"
              description="What we do differently, e.g. calls only after 10am, an interpreter."
              autosize
              minRows={2}
              {...text('reasonableAdjustments')}
            />
            <Textarea label="Support needs" autosize minRows={2} {...text('supportNeeds')} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Representative">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Representative’s name" {...text('representativeName')} />
              <TextInput
                label="Relationship"
                placeholder="e.g. daughter, advocate"
                {...text('representativeRelationship')}
              />
              <TextInput label="Representative’s phone or email" {...text('representativeContact')} />
            </SimpleGrid>
            <Checkbox
              label="The resident has given consent for us to share details with the representative"
              checked={values.representativeConsent}
              onChange={(e) => {
                const given = e.currentTarget.checked;
                // Today is the usual answer when consent is ticked during a call; withdrawing clears it.
                patch({
                  representativeConsent: given,
                  representativeConsentOn: given ? values.representativeConsentOn || todayIso() : '',
                });
              }}
              error={errors.fields.representativeConsent}
            />
            {values.representativeConsent && (
              <DateField
                label="Date consent was given"
                value={values.representativeConsentOn}
                onChange={(v) => set('representativeConsentOn', v)}
                max={todayIso()}
                error={errors.fields.representativeConsentOn}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Letters">
          <Stack gap="sm">
            <Checkbox
              label="Send letters in large print"
              checked={values.largePrint}
              onChange={(e) => set('largePrint', e.currentTarget.checked)}
            />
            {values.largePrint && (
              <NumberInput
                label="Text size (points)"
                description={`${LARGE_PRINT_MIN_PT} to ${LARGE_PRINT_MAX_PT} points; ordinary letters are 11 or 12.`}
                min={LARGE_PRINT_MIN_PT}
                max={LARGE_PRINT_MAX_PT}
                allowDecimal={false}
                value={values.largePrintPt}
                onChange={(v) => set('largePrintPt', v)}
                error={errors.fields.largePrintPt}
                w={220}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Address">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Address line 1" autoComplete="off" {...text('addressLine1')} />
              <TextInput label="Address line 2" autoComplete="off" {...text('addressLine2')} />
              <TextInput label="Town" autoComplete="off" {...text('town')} />
              <TextInput
                label="Postcode"
                autoComplete="off"
                {...text('postcode')}
                styles={{ input: { textTransform: 'uppercase' } }}
              />
              <TextInput label="UPRN" description="Up to 12 digits" autoComplete="off" {...text('uprn')} />
              <Select
                label="Tenure"
                data={TENURE_OPTIONS}
                value={values.tenure}
                onChange={(v) => set('tenure', (v as Tenure | null) ?? null)}
                clearable
                error={errors.fields.tenure}
              />
            </SimpleGrid>
            {showHow && (
              <Radio.Group
                label="Why is the address changing?"
                value={values.how ?? ''}
                onChange={(v) => set('how', v as ResidentValues['how'])}
                error={errors.fields.how}
                required
                {...(errors.fields.how ? { 'data-invalid-group': true } : {})}
              >
                <Stack gap={6} mt={6}>
                  {ADDRESS_CHANGES.map((how) => (
                    <Radio key={how} value={how} label={HOW_LABELS[how]} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            {!property && (
              <Text size="sm" c="dimmed">
                No address is on record: fill in at least the first line and the postcode to add one.
              </Text>
            )}
          </Stack>
        </Fieldset>
      </Stack>
    </ModalForm>
  );
}
