import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. On arrival it takes focus (unless the page focuses something more useful),
 * so keyboard and screen-reader users start at the top of the new page.
 */
export function PageTitle({
  children,
  documentTitle,
  takeFocus = true,
}: {
  children: ReactNode;
  documentTitle: string;
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`${documentTitle} · Redress`);
  useEffect(() => {
    if (takeFocus) ref.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
