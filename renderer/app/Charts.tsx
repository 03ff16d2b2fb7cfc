/** Small SVG charts: horizontal bars for rankings, grouped columns for a series over time. Direction-aware. */

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar instead of the bare value. */
  note?: string;
}

export function BarChart({ bars, title, max }: { bars: Bar[]; title: string; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart bars" aria-label={title}>
      <figcaption>{title}</figcaption>
      {bars.map((bar) => (
        <div className="bar-row" key={bar.label}>
          <span className="bar-label">
            <bdi>{bar.label}</bdi>
          </span>
          <span className="bar-track">
            <span className="bar-fill" style={{ inlineSize: `${(bar.value / top) * 100}%` }} />
          </span>
          <span className="bar-value">{bar.note ?? bar.value}</span>
        </div>
      ))}
    </figure>
  );
}

export interface Column {
  label: string;
  values: number[];
}

/** Columns per bucket, one colour per series (e.g. received and handed back), with a legend. */
export function ColumnChart({ columns, series, title }: { columns: Column[]; series: string[]; title: string }) {
  const top = Math.max(1, ...columns.flatMap((c) => c.values));
  const height = 140;
  const groupWidth = 100 / Math.max(1, columns.length);
  const barWidth = (groupWidth * 0.8) / series.length;
  return (
    <figure className="chart columns" aria-label={title}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 100 ${height + 18}`} preserveAspectRatio="none" role="img" aria-label={title}>
        {columns.map((column, i) =>
          column.values.map((value, s) => {
            const h = (value / top) * height;
            return (
              <rect
                key={`${column.label}-${s}`}
                className={`series-${s}`}
                x={i * groupWidth + groupWidth * 0.1 + s * barWidth}
                y={height - h}
                width={barWidth}
                height={h}
              >
                <title>{`${column.label} · ${series[s]}: ${value}`}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <div className="column-labels" style={{ gridTemplateColumns: `repeat(${columns.length}, 1fr)` }} dir="ltr">
        {columns.map((c) => (
          <span key={c.label}>{c.label}</span>
        ))}
      </div>
      <div className="legend">
        {series.map((name, s) => (
          <span key={name}>
            <i className={`swatch series-${s}`} /> {name}
          </span>
        ))}
      </div>
    </figure>
  );
}
