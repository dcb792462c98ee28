// What the case lists share: the per-officer Columns menu and the numbered pager with its range.
export { ColumnsMenu } from './ColumnsMenu';
export { RangePager, showingRange } from './RangePager';
export { useListColumns } from './useListColumns';
