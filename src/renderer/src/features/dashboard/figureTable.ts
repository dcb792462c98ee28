// A chart's figures as a table: what the Table view shows, what the CSV holds, and, for a count,
// the cases behind it (the measure, period and filters `reporting.cases` lists them by).
import type { ReportFilters } from '../../../../shared/contract/reporting';
import { csvDocument } from '../../../../shared/letters/post/csv';
import { saveAs } from '../../ui/fileBytes';
import type { MeasureKey } from '../../../../shared/reporting/measureKeys';

export interface Drill {
  measure: MeasureKey;
  from: string;
  to: string;
  filters: ReportFilters;
  /** What the cases are, for the list's heading: "Stage 1 complaints received in November 2026". */
  title: string;
}

export interface Cell {
  text: string;
  /** Present when the cell is a count whose cases can be listed. */
  drill?: Drill;
}

export interface FigureTable {
  caption: string;
  columns: string[];
  rows: { head: string; cells: Cell[] }[];
  /** Without ".csv". */
  fileName: string;
}

/** "stage1.respondedOnTime" → "stage1-responded-on-time". */
export function slug(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** `stage1-responded-on-time-2026-04-01-to-2027-03-31.csv` */
export function csvFileName(what: string, from: string, to: string): string {
  return `${slug(what)}-${from}-to-${to}.csv`;
}

export function tableCsv(t: FigureTable): string {
  return csvDocument([t.columns, ...t.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])]);
}

/** Saves a CSV file's text as a download, as the app downloads letters and exports. */
export function downloadCsv(fileName: string, text: string): void {
  saveAs(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
