import { useTranslation } from 'react-i18next';

/** Small SVG charts: horizontal bars for rankings, grouped columns for a series over time. Direction-aware. */

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar instead of the bare value. */
  note?: string;
}

/** Said in place of a chart with nothing to draw (no bars, or every value zero). */
function NoData() {
  const { t } = useTranslation();
  return <p className="muted no-data">{t('charts.noData')}</p>;
}

export function BarChart({ bars, title, max }: { bars: Bar[]; title: string; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart bars" aria-label={title}>
      <figcaption>{title}</figcaption>
      {bars.every((bar) => bar.value === 0) ? (
        <NoData />
      ) : (
        bars.map((bar) => (
          <div className="bar-row" key={bar.label}>
            {/* A long name is cut at its own end (a Latin model name in Hebrew too); the whole of it shows on hover. */}
            <span className="bar-label" title={bar.label} dir="auto">
              {bar.label}
            </span>
            <span className="bar-track">
              <span className="bar-fill" style={{ inlineSize: `${(bar.value / top) * 100}%` }} />
            </span>
            <span className="bar-value">{bar.note ?? bar.value}</span>
          </div>
        ))
      )}
    </figure>
  );
}

export interface Column {
  /** The short label under the column ("Dec 25"). */
  label: string;
  /** The whole of what the column stands for, on hover ("December 2025"); the label when not given. */
  title?: string;
  values: number[];
}

/** More columns than this and their labels stand upright, so that each keeps the width of its column. */
const UPRIGHT_FROM = 9;

/** Columns per bucket, one colour per series (e.g. received and handed back), with a legend. */
export function ColumnChart({ columns, series, title }: { columns: Column[]; series: string[]; title: string }) {
  const top = Math.max(1, ...columns.flatMap((c) => c.values));
  const height = 140;
  const groupWidth = 100 / Math.max(1, columns.length);
  const barWidth = (groupWidth * 0.8) / series.length;
  const empty = columns.every((c) => c.values.every((value) => value === 0));
  return (
    <figure className="chart column-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <NoData />
      ) : (
        <>
          <svg viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" role="img" aria-label={title}>
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
                    <title>{`${column.title ?? column.label} · ${series[s]}: ${value}`}</title>
                  </rect>
                );
              }),
            )}
          </svg>
          {/* Time runs left to right in every language, as the columns above do. */}
          <div
            className={columns.length >= UPRIGHT_FROM ? 'column-labels upright' : 'column-labels'}
            style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}
            dir="ltr"
          >
            {columns.map((c) => (
              <span key={c.label} title={c.title ?? c.label}>
                <bdi>{c.label}</bdi>
              </span>
            ))}
          </div>
          <div className="legend">
            {series.map((name, s) => (
              <span key={name}>
                <i className={`swatch series-${s}`} /> {name}
              </span>
            ))}
          </div>
        </>
      )}
    </figure>
  );
}
