// The frame every list of records shares: a caption above, a scroll container for narrow windows,
// and a light overlay (not a blank) while the next page or filter loads over the current rows.
import { Box, LoadingOverlay, Table, Text, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function ListTable({
  loading,
  hasRows,
  caption,
  minWidth,
  children,
  ...table
}: {
  loading: boolean;
  hasRows: boolean;
  caption: string;
  minWidth: number;
  children: ReactNode;
} & Omit<TableProps, 'children' | 'aria-busy'>) {
  return (
    <Box pos="relative">
      <LoadingOverlay
        visible={loading && hasRows}
        overlayProps={{ blur: 0, backgroundOpacity: 0.5 }}
        loaderProps={{ size: 'sm' }}
      />
      <Table.ScrollContainer minWidth={minWidth}>
        <Table highlightOnHover verticalSpacing="sm" aria-busy={loading} {...table}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text size="sm" c="dimmed" component="span">
              {caption}
            </Text>
          </Table.Caption>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}
