// The landlord's complaints policy: time limits, region and closure days.
import * as CIn from './complaintInputs';
import * as In from './inputs';
import { managers, mutation, officers, query } from './procedure';
import type * as Out from './types';

export const policyProcedures = {
  'policy.get': query<Out.PolicyView>()(In.EmptyInput, officers),
  'policy.update': mutation<Out.PolicyView>('synced')(
    CIn.UpdatePolicyInput,
    managers('change the complaints policy'),
  ),
} as const;
