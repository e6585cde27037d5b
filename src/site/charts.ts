/**
 * Inline SVG bar charts for the dashboard, as geometry: numbers computed here, labels passed to the template as data
 * (the template escapes them). Horizontal bars read on a phone as well as on a wide screen, and every bar carries
 * its value as text, so nothing is told by length or colour alone.
 */

export interface Bar {
  label: string;
  valueText: string;
  /** CSS class of the bar (its colour), e.g. `b-missing`. */
  tone: string;
  y: number;
  textY: number;
  width: number;
  valueX: number;
}

export interface BarChart {
  id: string;
  title: string;
  /** The chart's data in one sentence, for screen readers. */
  desc: string;
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: Bar[];
}

const LABEL_WIDTH = 190;
const BAR_AREA = 300;
const ROW = 30;
const BAR = 20;

export interface BarInput {
  label: string;
  value: number;
  valueText?: string;
  tone?: string;
}

export function barChart(id: string, title: string, data: readonly BarInput[]): BarChart {
  const max = Math.max(1, ...data.map((d) => d.value));
  const bars = data.map((d, i) => {
    const width = d.value <= 0 ? 0 : Math.max(2, Math.round((d.value / max) * BAR_AREA));
    return {
      label: d.label,
      valueText: d.valueText ?? String(d.value),
      tone: d.tone ?? "b-default",
      y: i * ROW + (ROW - BAR) / 2,
      textY: i * ROW + ROW / 2 + 5,
      width,
      valueX: LABEL_WIDTH + width + 6,
    };
  });
  return {
    id,
    title,
    desc: bars.map((b) => `${b.label}: ${b.valueText}`).join("; "),
    // Room for the longest value after the longest bar (about 7.5 px per character at the chart's font size).
    width: LABEL_WIDTH + BAR_AREA + 12 + Math.ceil(7.5 * Math.max(4, ...bars.map((b) => b.valueText.length))),
    height: Math.max(ROW, data.length * ROW),
    labelWidth: LABEL_WIDTH,
    barHeight: BAR,
    bars,
  };
}
