// What needs a person's attention after sync (conflicts, duplicates, a copied computer).
import * as In from './inputs';
import { mutation, officers, query } from './procedure';
import type * as Out from './types';

export const attentionProcedures = {
  'attention.list': query<Out.AttentionItem[]>()(In.EmptyInput, officers),
  'attention.resolveConflict': mutation<Out.AttentionItem[]>('synced')(In.ResolveConflictInput, officers),
} as const;
