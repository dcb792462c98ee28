// The Code self-assessment for a reporting year: the shipped checklist, the landlord's saved
// answers, and beside each provision the data can answer, the suggestion and the figure it rests on.
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SelfAssessment, Suggestion } from '../../../shared/contract/reports';
import { reportingYear } from '../../../shared/reporting/period';
import { provisionNumbers } from '../../../shared/reports/checklist';
import { suggestionsFrom } from '../../../shared/reports/suggestions';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';
import { codeChecklist } from './checklist';
import { selfAssessmentFacts } from './facts';
import { lastSaved, saveYearRecord } from './yearRecords';

export const answerId = (year: number, provision: string) => `self-assessment:${year}:${provision}`;

async function view(
  db: Kysely<Database>,
  year: number,
  suggestions: Record<string, Suggestion>,
): Promise<SelfAssessment> {
  const checklist = codeChecklist();
  const rows = await db
    .selectFrom('self_assessment_answers as a')
    .leftJoin('people as p', 'p.id', 'a.updated_by')
    .select(['a.provision', 'a.comply', 'a.evidence', 'a.commentary', 'a.updated_at', 'p.name'])
    .where('a.year', '=', year)
    .execute();
  const byProvision = new Map(rows.map((r) => [r.provision, r]));
  return {
    year,
    ...reportingYear(year),
    code: checklist.code,
    source: checklist.source,
    sections: checklist.sections.map((s) => ({
      number: s.number,
      title: s.title,
      provisions: s.provisions.map((p) => {
        const saved = byProvision.get(p.number);
        return {
          number: p.number,
          requirement: p.requirement,
          comply: saved?.comply ?? null,
          evidence: saved?.evidence ?? null,
          commentary: saved?.commentary ?? null,
          suggestion: suggestions[p.number] ?? null,
          savedBy: saved ? saved.name : null,
          savedAt: saved ? saved.updated_at : null,
        };
      }),
    })),
    ...lastSaved(rows),
  };
}

async function suggestionsFor(ctx: ServiceContext, year: number): Promise<Record<string, Suggestion>> {
  return suggestionsFrom(await selfAssessmentFacts(ctx, year, reportingYear(year)));
}

export async function getSelfAssessment(ctx: ServiceContext, year: number): Promise<SelfAssessment> {
  return view(ctx.db, year, await suggestionsFor(ctx, year));
}

export async function saveSelfAssessment(
  ctx: ServiceContext,
  input: ParsedInputOf<'selfAssessment.save'>,
): Promise<SelfAssessment> {
  const known = new Set(provisionNumbers(codeChecklist()));
  const issues = input.items.flatMap((item, i) =>
    known.has(item.provision)
      ? []
      : [
          {
            path: `items.${i}.provision`,
            message: `The Code's checklist has no provision ${item.provision}`,
          },
        ],
  );
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (seen.has(item.provision))
      issues.push({ path: `items.${i}.provision`, message: `Provision ${item.provision} is given twice` });
    seen.add(item.provision);
  });
  if (issues.length > 0) throw new AppError('VALIDATION', issues[0]!.message, { issues });
  // Worked out before the write: the suggestions read the measures, not the answers being saved.
  const suggestions = await suggestionsFor(ctx, input.year);
  return write(ctx, async (w) => {
    for (const item of input.items)
      await saveYearRecord(w, 'self_assessment_answer', answerId(input.year, item.provision), {
        identity: { year: input.year, provision: item.provision },
        values: { comply: item.comply, evidence: item.evidence, commentary: item.commentary },
      });
    return view(within(ctx, w).db, input.year, suggestions);
  });
}
