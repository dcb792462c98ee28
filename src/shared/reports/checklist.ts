// The Code self-assessment's checklist as data (resources/reporting/code-self-assessment-2024.json):
// the Code's sections and, under each, its provisions as short paraphrased requirements. Read and
// checked with this schema where the file comes in, so a damaged or hand-edited file is refused
// with a plain reason rather than half-shown.
import { z } from 'zod';

const PROVISION_NUMBER = /^\d{1,2}\.\d{1,2}$/;

export const checklistSchema = z
  .object({
    code: z.string().min(1).max(200),
    effectiveFrom: z.iso.date(),
    source: z.string().min(1).max(1000),
    sections: z
      .array(
        z.object({
          number: z.string().regex(/^\d{1,2}$/),
          title: z.string().min(1).max(200),
          provisions: z
            .array(
              z.object({
                number: z.string().regex(PROVISION_NUMBER),
                requirement: z.string().min(1).max(600),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const s of c.sections)
      for (const p of s.provisions) {
        if (!p.number.startsWith(`${s.number}.`))
          ctx.addIssue({ code: 'custom', message: `Provision ${p.number} is not in section ${s.number}` });
        if (seen.has(p.number))
          ctx.addIssue({ code: 'custom', message: `Provision ${p.number} is listed twice` });
        seen.add(p.number);
      }
  });
export type Checklist = z.infer<typeof checklistSchema>;

/** Every provision's number, in the checklist's order. */
export function provisionNumbers(checklist: Checklist): string[] {
  return checklist.sections.flatMap((s) => s.provisions.map((p) => p.number));
}
