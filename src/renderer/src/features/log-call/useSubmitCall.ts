// Saving a call: create the new resident first if there is one (so a retry after a failed log
// never creates them twice), then log the call and open the case in one go.
import { useState } from 'react';
import { CreateResidentInput, LogCallInput } from '../../../../shared/contract';
import type { LogCallResult, Resident, ResidentSummary } from '../../../../shared/contract/types';
import type { CaseType, Channel, Direction } from '../../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiContext';
import { notifications } from '@mantine/notifications';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, wasSaved, type FieldErrors } from '../../api/errors';
import { localDateTimeToIso } from '../../ui/dates';
import { toCreateResidentInput, type NewResidentValues } from './newResident';

export interface CallDraft {
  resident:
    | { kind: 'none' }
    | { kind: 'existing'; summary: ResidentSummary }
    | { kind: 'new'; values: NewResidentValues };
  caseId: string | null;
  channel: Channel;
  direction: Direction;
  summary: string;
  /** When it happened (datetime-local), empty for now. */
  at: string;
  classification: CaseType | 'none' | null;
}

export interface SubmitErrors {
  resident: FieldErrors;
  call: FieldErrors;
  form: string | null;
  /** Found by checkCall before sending (so they clear as the fields become valid), not by the main side. */
  found?: boolean;
}

export const NO_ERRORS: SubmitErrors = { resident: {}, call: {}, form: null };

export function summaryOfResident(
  r: Resident,
  address: { addressLine1: string; postcode: string } | null,
): ResidentSummary {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    address: address?.addressLine1 ?? null,
    postcode: address?.postcode ?? null,
    vulnerable: r.vulnerable,
  };
}

/** The call as the form can check it before saving (the same schemas the main side uses). */
export function checkCall(draft: CallDraft): SubmitErrors {
  const out: SubmitErrors = { resident: {}, call: {}, form: null };
  // The call as contacts.log will check it (who it is from is only known once the resident is saved).
  const call = LogCallInput.safeParse({
    channel: draft.channel,
    direction: draft.direction,
    summary: draft.summary,
  });
  if (!call.success) out.call = fieldErrorsFromZod(call.error.issues);
  if (draft.at && !localDateTimeToIso(draft.at))
    out.call.occurredAt = 'Give a date and time, or leave it empty for now';
  // Not choosing is not the same as "Just log the call" (null to the schema): the form asks.
  if (!draft.caseId && !draft.classification)
    out.call.openCaseAs = 'Choose what this call is, or “Just log the call”';
  if (draft.resident.kind === 'new') {
    const parsed = CreateResidentInput.safeParse(toCreateResidentInput(draft.resident.values));
    if (!parsed.success) out.resident = fieldErrorsFromZod(parsed.error.issues);
  }
  return out;
}

export function useSubmitCall(hooks: {
  onResidentCreated: (summary: ResidentSummary) => void;
  onLogged: (result: LogCallResult) => void;
}) {
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<SubmitErrors>(NO_ERRORS);

  async function submit(draft: CallDraft): Promise<boolean> {
    if (saving) return false;
    const local = checkCall(draft);
    if (Object.keys(local.call).length || Object.keys(local.resident).length) {
      setErrors({ ...local, found: true });
      return false;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      let residentId: string | null = null;
      if (draft.resident.kind === 'existing') residentId = draft.resident.summary.id;
      if (draft.resident.kind === 'new') {
        const input = toCreateResidentInput(draft.resident.values);
        let created: Resident;
        try {
          created = await api.call('residents.create', input);
        } catch (error) {
          const fields = fieldErrorsFrom(error);
          setErrors({
            resident: fields,
            call: {},
            form: Object.keys(fields).length ? null : `The resident could not be saved: ${messageOf(error)}`,
          });
          return false;
        }
        residentId = created.id;
        const p = input.property;
        hooks.onResidentCreated(
          summaryOfResident(
            created,
            p ? { addressLine1: p.addressLine1, postcode: p.postcode.toUpperCase() } : null,
          ),
        );
      }
      try {
        const result = await api.call('contacts.log', {
          residentId,
          caseId: draft.caseId,
          channel: draft.channel,
          direction: draft.direction,
          summary: draft.summary,
          ...(draft.at ? { occurredAt: localDateTimeToIso(draft.at)! } : {}),
          openCaseAs: draft.caseId || draft.classification === 'none' ? null : draft.classification,
        });
        hooks.onLogged(result);
        return true;
      } catch (error) {
        if (wasSaved(error)) {
          notifications.show({ color: 'yellow.9', title: 'Call saved', message: messageOf(error) });
          return true;
        }
        const fields = fieldErrorsFrom(error);
        const unplaced = Object.keys(fields).filter(
          (k) => !['summary', 'channel', 'direction', 'openCaseAs', 'occurredAt'].includes(k),
        );
        setErrors({
          resident: {},
          call: fields,
          form:
            Object.keys(fields).length === 0 || unplaced.length
              ? `The call could not be saved: ${unplaced.map((k) => fields[k]).join('; ') || messageOf(error)}`
              : null,
        });
        return false;
      }
    } finally {
      setSaving(false);
    }
  }

  return { submit, saving, errors, setErrors };
}
