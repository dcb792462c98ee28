// Charts for the printed reports, drawn as SVG by small pure functions (the main process
// rasterises them to PNG for the Word document). Plain bars with every value printed on its bar,
// a legend in words and colours that differ in lightness as well as hue, so a chart still reads
// in greyscale print. The figures are always in a table beside the chart too.

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

export interface BarChart {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** The axis's top; the largest value (rounded up) when left out. */
  max?: number;
  /** Printed after each value ("%"). */
  unit?: string;
  /** A target line across the chart, e.g. the Code's 100% on time. */
  line?: { value: number; label: string };
}

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 420;
const FONT = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";
/** Dark blue, mid teal, light orange: distinct in greyscale too. */
const COLOURS = ['#1c4e80', '#3fa7a0', '#f2a65a', '#7e5aa6'];

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The axis's top: four gridline steps of 1, 2 or 5 × a power of ten, at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 4;
  const rough = value / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return Math.max(4, step * 4);
}

const text = (x: number, y: number, body: string, attrs = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT} ${attrs}>${escapeXml(body)}</text>`;

/** Vertical bars, one group per category, one bar per series. */
export function barChartSvg(chart: BarChart): string {
  const left = 60;
  const right = 20;
  const top = 60;
  const bottom = 70;
  const plotW = CHART_WIDTH - left - right;
  const plotH = CHART_HEIGHT - top - bottom;
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = chart.max ?? niceMax(Math.max(0, ...values, chart.line?.value ?? 0));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const groupW = plotW / Math.max(1, chart.categories.length);
  const barW = (groupW * 0.8) / Math.max(1, chart.series.length);
  const parts: string[] = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    text(left, 28, chart.title, 'font-size="20" font-weight="bold" fill="#111111"'),
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d0d0d0"/>`,
      text(
        left - 8,
        y(v) + 5,
        `${Number(v.toFixed(1))}${chart.unit ?? ''}`,
        'font-size="13" text-anchor="end" fill="#333333"',
      ),
    );
  }
  chart.categories.forEach((cat, ci) => {
    const gx = left + ci * groupW + groupW * 0.1;
    chart.series.forEach((s, si) => {
      const v = s.values[ci] ?? null;
      const x = gx + si * barW;
      if (v !== null) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${COLOURS[si % COLOURS.length]}"/>`,
        );
        if (chart.categories.length * chart.series.length <= 26)
          parts.push(
            text(
              x + barW / 2,
              y(v) - 4,
              `${Number(v.toFixed(1))}${chart.unit ?? ''}`,
              'font-size="11" text-anchor="middle" fill="#111111"',
            ),
          );
      }
    });
    parts.push(
      text(
        gx + (barW * chart.series.length) / 2,
        top + plotH + 20,
        cat,
        'font-size="13" text-anchor="middle" fill="#111111"',
      ),
    );
  });
  if (chart.line) {
    const ly = y(chart.line.value).toFixed(1);
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${ly}" y2="${ly}" stroke="#b00020" stroke-width="2" stroke-dasharray="8 5"/>`,
      text(left + plotW, Number(ly) - 6, chart.line.label, 'font-size="13" text-anchor="end" fill="#b00020"'),
    );
  }
  parts.push(
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333333"/>`,
  );
  let lx = left;
  chart.series.forEach((s, si) => {
    parts.push(
      `<rect x="${lx}" y="${CHART_HEIGHT - 26}" width="14" height="14" fill="${COLOURS[si % COLOURS.length]}"/>`,
      text(lx + 20, CHART_HEIGHT - 14, s.name, 'font-size="14" fill="#111111"'),
    );
    lx += 40 + s.name.length * 8;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join('')}</svg>`;
}

/** Horizontal bars, most first: themes by root cause or service area. */
export function themeChartSvg(title: string, rows: { label: string; count: number }[]): string {
  const shown = rows.slice(0, 10);
  const left = 300;
  const top = 50;
  const rowH = Math.min(34, (CHART_HEIGHT - top - 20) / Math.max(1, shown.length));
  const plotW = CHART_WIDTH - left - 60;
  const max = niceMax(Math.max(1, ...shown.map((r) => r.count)));
  const parts = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    text(10, 28, title, 'font-size="20" font-weight="bold" fill="#111111"'),
  ];
  shown.forEach((r, i) => {
    const yy = top + i * rowH;
    const w = (r.count / max) * plotW;
    const label = r.label.length > 38 ? `${r.label.slice(0, 37)}…` : r.label;
    parts.push(
      text(left - 10, yy + rowH * 0.65, label, 'font-size="14" text-anchor="end" fill="#111111"'),
      `<rect x="${left}" y="${(yy + rowH * 0.15).toFixed(1)}" width="${w.toFixed(1)}" height="${(rowH * 0.7).toFixed(1)}" fill="${COLOURS[0]}"/>`,
      text(left + w + 6, yy + rowH * 0.65, String(r.count), 'font-size="14" fill="#111111"'),
    );
  });
  if (shown.length === 0)
    parts.push(text(10, 80, 'No complaints in this period.', 'font-size="16" fill="#111111"'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join('')}</svg>`;
}
