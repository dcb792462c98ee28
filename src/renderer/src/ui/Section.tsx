// A titled part of a page: a bordered <section> named by its heading (so it is a region that
// screen readers and the tests find by that name), with room for actions beside the heading.
// Subsection is the same without the border, for a part inside a Section.
import {
  Group,
  Paper,
  Stack,
  Title,
  type MantineSpacing,
  type PaperProps,
  type TitleOrder,
  type TitleSize,
} from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface HeadingProps {
  id: string;
  title: ReactNode;
  order: TitleOrder;
  size: TitleSize;
  actions?: ReactNode;
  mb?: MantineSpacing;
}

/** The heading, alone or on one row with the actions at the far end. */
function SectionHeading({ id, title, order, size, actions, mb }: HeadingProps) {
  // The row is there whenever actions are passed, even if they render nothing just now (a closed
  // case), so the heading keeps its place.
  if (actions === undefined) {
    return (
      <Title order={order} size={size} id={id} mb={mb}>
        {title}
      </Title>
    );
  }
  return (
    <Group justify="space-between" mb={mb}>
      <Title order={order} size={size} id={id}>
        {title}
      </Title>
      {actions}
    </Group>
  );
}

export interface SectionProps extends PaperProps {
  title: ReactNode;
  /** The heading's id, which names the section; one is made up when not given. */
  id?: string;
  /** The heading's level: 2 for a part of the page. */
  order?: TitleOrder;
  /** How big the heading looks. */
  titleSize?: TitleSize;
  /** Buttons at the end of the heading's row. */
  actions?: ReactNode;
  /** The space under the heading (and, with `stack`, between every child). */
  gap?: MantineSpacing;
  /** Lay the heading and each child out in a Stack, `gap` apart. */
  stack?: boolean;
  children: ReactNode;
}

export function Section({
  title,
  id,
  order = 2,
  titleSize = 'h4',
  actions,
  gap = 'xs',
  stack = false,
  children,
  ...paper
}: SectionProps) {
  const autoId = useId();
  const headingId = id ?? autoId;
  const heading = { id: headingId, title, order, size: titleSize, actions };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} {...paper}>
      {stack ? (
        <Stack gap={gap}>
          <SectionHeading {...heading} />
          {children}
        </Stack>
      ) : (
        <>
          <SectionHeading {...heading} mb={gap} />
          {children}
        </>
      )}
    </Paper>
  );
}

/** A part of a Section, under a smaller heading (level 3) and without a border of its own. */
export function Subsection({
  title,
  id,
  actions,
  children,
}: {
  title: ReactNode;
  id?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const autoId = useId();
  const headingId = id ?? autoId;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} title={title} order={3} size="h5" actions={actions} />
      {children}
    </Stack>
  );
}
