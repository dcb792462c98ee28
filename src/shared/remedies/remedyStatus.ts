// Where a remedy is: proposed by the officer, offered to the resident, accepted or declined, and paid.
// A remedy the panel must sign off cannot be offered before it has been.
import type { RemedyStatus } from '../domain/vocabulary';

export type RemedyStep = 'offer' | 'accept' | 'decline' | 'pay';

/** The status each step needs the remedy to be in, and the status it leaves it in. */
const STEPS: Record<RemedyStep, { from: readonly RemedyStatus[]; to: RemedyStatus }> = {
  offer: { from: ['proposed'], to: 'offered' },
  accept: { from: ['offered'], to: 'accepted' },
  decline: { from: ['offered'], to: 'declined' },
  pay: { from: ['accepted'], to: 'paid' },
};

export interface RemedyState {
  status: RemedyStatus;
  kind: string;
  amountPence: number | null;
  approvedAt: string | null;
}

const STATUS_WORDS: Record<RemedyStatus, string> = {
  proposed: 'only proposed',
  offered: 'already offered',
  accepted: 'already accepted',
  declined: 'declined',
  paid: 'already paid',
};

const STEP_WORDS: Record<RemedyStep, string> = {
  offer: 'offer it',
  accept: 'record it as accepted',
  decline: 'record it as declined',
  pay: 'record it as paid',
};

/**
 * The status after `step`, or the plain reason it cannot be taken. Payment applies to money only;
 * `signOffNeeded` is needsPanelSignOff for the remedy's amount under the current threshold.
 */
export function remedyStep(
  r: RemedyState,
  step: RemedyStep,
  signOffNeeded: boolean,
): { ok: true; status: RemedyStatus } | { ok: false; message: string } {
  const rule = STEPS[step];
  if (!rule.from.includes(r.status))
    return {
      ok: false,
      message: `This remedy is ${STATUS_WORDS[r.status]}, so you cannot ${STEP_WORDS[step]}.`,
    };
  if (step === 'offer' && signOffNeeded && !r.approvedAt)
    return {
      ok: false,
      message:
        'This compensation is above the panel threshold: the compensation panel must approve it before it is offered.',
    };
  if (step === 'pay' && r.kind !== 'financial')
    return { ok: false, message: 'Only a financial remedy is paid.' };
  return { ok: true, status: rule.to };
}

/** Why the panel cannot approve this remedy now, or null when it can. */
export function approvalProblem(r: RemedyState, signOffNeeded: boolean): string | null {
  if (!signOffNeeded) return 'This remedy is not above the panel threshold, so it needs no sign-off.';
  if (r.approvedAt) return 'The compensation panel has already approved this remedy.';
  if (r.status !== 'proposed') return 'Only a proposed remedy is approved before it is offered.';
  return null;
}
