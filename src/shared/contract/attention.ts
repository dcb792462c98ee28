// What needs a person's attention after sync (conflicts, duplicates, a copied computer).
import * as In from './inputs';
import { mutation, query } from './procedure';
import type * as Out from './types';

export const attentionProcedures = {
  'attention.list': query<Out.AttentionItem[]>()(In.EmptyInput),
  'attention.resolveConflict': mutation<Out.AttentionItem[]>('synced')(In.ResolveConflictInput),
} as const;
