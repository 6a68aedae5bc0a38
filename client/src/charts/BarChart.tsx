// A plain SVG bar chart (no chart library): value axis with nice ticks, labels thinned to fit,
// the newest bar always labelled, `role="img"` with a spoken summary, and the same data as a table for screen readers.
import { useEffect, useRef, useState } from 'react';
import { labelEvery, layoutBars, niceScale } from '../lib/dashboardStats';
import './charts.css';

export interface Bar {
  key: string;
  /** Axis label (short). */
  label: string;
  value: number;
  /** The bar's row in the data table and its tooltip: label cells. */
  cells: string[];
}

interface BarChartProps {
  bars: Bar[];
  /** What the chart says, for screen readers (role="img"). */
  summary: string;
  formatValue(value: number): string;
  /** The hidden table's caption and column headers (one per `cells` item). */
  caption: string;
  headers: string[];
  testId?: string;
  height?: number;
}

const MARGIN = { top: 12, right: 12, bottom: 28, left: 56 };
const LABEL_WIDTH = 56;

export function BarChart({ bars, summary, formatValue, caption, headers, testId, height = 220 }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0].contentRect.width);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const scale = niceScale(Math.max(0, ...bars.map((bar) => bar.value)));
  const boxes = layoutBars(
    bars.map((bar) => bar.value),
    plotWidth,
    plotHeight,
    scale.top,
  );
  const every = labelEvery(bars.length, plotWidth, LABEL_WIDTH);

  return (
    <figure className="bar-chart" data-testid={testId}>
      <div ref={box} className="bar-chart-box">
        <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {scale.ticks.map((tick) => {
              const y = plotHeight - (tick / scale.top) * plotHeight;
              return (
                <g key={tick} className="bar-chart-tick">
                  <line x1={0} x2={plotWidth} y1={y} y2={y} />
                  <text x={-8} y={y} dy="0.32em" textAnchor="end">
                    {formatValue(tick)}
                  </text>
                </g>
              );
            })}
            {bars.map((bar, i) => (
              <g key={bar.key}>
                <rect className="bar-chart-bar" x={boxes[i].x} y={boxes[i].y} width={boxes[i].width} height={boxes[i].height}>
                  <title>{bar.cells.join(' · ')}</title>
                </rect>
                {(bars.length - 1 - i) % every === 0 && (
                  <text className="bar-chart-label" x={boxes[i].x + boxes[i].width / 2} y={plotHeight + 18} textAnchor="middle">
                    {bar.label}
                  </text>
                )}
              </g>
            ))}
            <line className="bar-chart-axis" x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} />
          </g>
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              {bar.cells.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
