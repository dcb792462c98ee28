import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { hrefFor, type Route } from './routes';

/** A real link (Enter opens it, it shows in the tab order) to a screen in the app. */
export function RouteLink({
  to,
  children,
  ...props
}: { to: Route; children: ReactNode } & AnchorProps & { 'aria-label'?: string }) {
  return (
    <Anchor href={hrefFor(to)} {...props}>
      {children}
    </Anchor>
  );
}
