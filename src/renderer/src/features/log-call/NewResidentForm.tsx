import {
  Button,
  Checkbox,
  Collapse,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState, type Ref } from 'react';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  type ContactMethod,
} from '../../../../shared/domain/vocabulary';
import type { FieldErrors } from '../../api/errors';
import { MORE_DETAIL_FIELDS, type NewResidentValues } from './newResident';

const CONTACT_METHOD_OPTIONS = CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_METHOD_LABELS[m] }));

export function NewResidentForm({
  values,
  onChange,
  errors,
  onCancel,
  nameRef,
}: {
  values: NewResidentValues;
  onChange: (next: NewResidentValues) => void;
  errors: FieldErrors;
  onCancel: () => void;
  nameRef?: Ref<HTMLInputElement>;
}) {
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const set = <K extends keyof NewResidentValues>(key: K, value: NewResidentValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (key: keyof NewResidentValues) => ({
    value: values[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, e.currentTarget.value as never),
    error: errors[key],
  });

  // A complaint about a field in the collapsed section opens it.
  const expanded = moreOpen || MORE_DETAIL_FIELDS.some((f) => errors[f]);

  return (
    <Fieldset legend="New resident" variant="filled" radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Name" required ref={nameRef} autoComplete="off" {...text('name')} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...text('phone')} />
          <TextInput label="Email" type="email" autoComplete="off" {...text('email')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Address line 1"
            autoComplete="off"
            {...text('addressLine1')}
            error={errors['property.addressLine1']}
          />
          <TextInput label="Town" autoComplete="off" {...text('town')} error={errors['property.town']} />
          <TextInput
            label="Postcode"
            autoComplete="off"
            {...text('postcode')}
            error={errors['property.postcode']}
            styles={{ input: { textTransform: 'uppercase' } }}
          />
        </SimpleGrid>
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={
              expanded ? (
                <IconChevronDown size={16} aria-hidden />
              ) : (
                <IconChevronRight size={16} aria-hidden />
              )
            }
            aria-expanded={expanded}
            aria-controls={moreId}
            onClick={() => setMoreOpen(!expanded)}
          >
            Contact preferences, adjustments and representative
          </Button>
          <Button variant="subtle" size="compact-sm" onClick={onCancel}>
            Search for an existing resident instead
          </Button>
        </Group>
        <Collapse expanded={expanded} id={moreId}>
          <Stack gap="sm" pt="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="Preferred way to contact them"
                data={CONTACT_METHOD_OPTIONS}
                value={values.preferredContactMethod}
                onChange={(v) => set('preferredContactMethod', (v as ContactMethod | null) ?? null)}
                clearable
                error={errors.preferredContactMethod}
              />
              <TextInput
                label="Best times to contact"
                placeholder="e.g. weekday mornings"
                {...text('preferredContactTimes')}
              />
            </SimpleGrid>
            <Textarea
              label="Reasonable adjustments"
              description="What we need to do differently, e.g. large print, calls only after 10am, an interpreter."
              autosize
              minRows={2}
              {...text('reasonableAdjustments')}
            />
            <Textarea label="Support needs" autosize minRows={2} {...text('supportNeeds')} />
            <Checkbox
              label="Vulnerable — take extra care with this resident"
              checked={values.vulnerable}
              onChange={(e) => set('vulnerable', e.currentTarget.checked)}
            />
            <Text size="sm" fw={600} mt="xs">
              Representative
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Representative’s name" {...text('representativeName')} />
              <TextInput
                label="Relationship"
                placeholder="e.g. daughter, MP, advocate"
                {...text('representativeRelationship')}
              />
              <TextInput label="Representative’s contact details" {...text('representativeContact')} />
            </SimpleGrid>
            <Checkbox
              label="The resident has agreed we can talk to their representative"
              checked={values.representativeConsent}
              onChange={(e) => set('representativeConsent', e.currentTarget.checked)}
            />
          </Stack>
        </Collapse>
      </Stack>
    </Fieldset>
  );
}
