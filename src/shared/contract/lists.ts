// The case lists' own settings: which columns each officer shows (kept on this computer only).
import { z } from 'zod';
import { LIST_COLUMNS, LISTS, type ListColumn, type ListName } from '../lists/columns';
import { mutation, officers, query } from './procedure';

export interface ListColumnsView {
  list: ListName;
  columns: ListColumn[];
}

const list = z.enum(LISTS);

export const GetListColumnsInput = z.object({ list });

export const SetListColumnsInput = z
  .object({ list, columns: z.array(z.string().max(40)).max(20) })
  .superRefine((value, ctx) => {
    const known = LIST_COLUMNS[value.list] as readonly string[];
    value.columns.forEach((column, i) => {
      if (!known.includes(column))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i],
          message: `This list has no column called "${column}" (it has ${known.join(', ')}).`,
        });
    });
  });

export const listProcedures = {
  'lists.columns': query<ListColumnsView>()(GetListColumnsInput, officers),
  'lists.setColumns': mutation<ListColumnsView>('local')(SetListColumnsInput, officers),
} as const;
