// Compensation under the Ombudsman's guidance: which band an amount falls into (shown to the officer
// as guidance, never enforced) and whether the landlord's compensation panel must sign it off.
// The bands are dated data with their source (resources/compensation/), which a manager may replace
// in Settings when the Ombudsman publishes new guidance.
import { z } from 'zod';
import shipped from '../../../resources/compensation/ombudsman-bands-2024.json';

const band = z.object({
  fromPence: z.number().int().min(0),
  /** Exclusive; null for the open-ended top band. */
  toPence: z.number().int().positive().nullable(),
  label: z.string().min(1).max(100),
  meaning: z.string().min(1).max(500),
});

export const compensationBandsSchema = z.object({
  version: z.string().min(1).max(40),
  source: z.string().min(1).max(300),
  publishedOn: z.string().min(1).max(10),
  note: z.string().max(1000).optional(),
  bands: z.array(band).min(1).max(20),
  fixedSums: z
    .object({
      effectiveFrom: z.string(),
      source: z.string(),
      rates: z.array(z.object({ what: z.string(), pence: z.number().int().min(0), per: z.string() })),
    })
    .optional(),
});

export type CompensationBands = z.infer<typeof compensationBandsSchema>;
export type CompensationBand = z.infer<typeof band>;

/** The Ombudsman's bands as shipped with Redress (used while the setting is null). */
export const SHIPPED_BANDS: CompensationBands = compensationBandsSchema.parse(shipped);

/** The panel threshold when the landlord has not set one: £250. */
export const DEFAULT_PANEL_THRESHOLD_PENCE = 25_000;

/** Whether an offer of `amountPence` must be signed off by the compensation panel (above the threshold). */
export function needsPanelSignOff(
  amountPence: number | null,
  thresholdPence: number = DEFAULT_PANEL_THRESHOLD_PENCE,
): boolean {
  return amountPence !== null && amountPence > thresholdPence;
}

/**
 * The band an amount falls into, or null for no amount. A band runs from its start up to (not
 * including) the next band's start, so £100 exactly is in "£100 to £600".
 */
export function compensationBand(
  amountPence: number | null,
  bands: CompensationBands = SHIPPED_BANDS,
): CompensationBand | null {
  if (amountPence === null) return null;
  return (
    bands.bands.find((b) => amountPence >= b.fromPence && (b.toPence === null || amountPence < b.toPence)) ??
    null
  );
}
