// The contract's `allow`, enforced: nobody signed in may call only what anyone may, and a signed-in
// person only what their role allows. The words come from src/shared so every front door, the
// renderer and the docs say the same sentence.
import { AppError, type Person, type Properties } from '../../shared/contract';
import { forbiddenMessage, mayCall } from '../../shared/domain/roles';

export const SIGNED_OUT_MESSAGE = 'Sign in to Redress first.';

/** The refusal for `me` calling a procedure with these properties, or null if they may. */
export function whoMayNot(properties: Properties, me: Person | null): AppError | null {
  if (properties.allow === 'anyone') return null;
  if (me === null) return new AppError('SIGNED_OUT', SIGNED_OUT_MESSAGE);
  if (mayCall(properties.allow, me.role)) return null;
  return new AppError('FORBIDDEN', forbiddenMessage(properties.allow, properties.does));
}
