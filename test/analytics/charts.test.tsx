// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Analytics } from '../../renderer/analytics/Analytics.js';
import { bucketLabel } from '../../renderer/analytics/buckets.js';
import { BarChart, ColumnChart } from '../../renderer/app/Charts.js';
import { initI18n } from '../../renderer/app/i18n/index.js';
import { catalogue } from '../../shared/catalogue.js';
import { renderWithBackend } from '../app/harness.js';

describe('analytics charts', () => {
  it('say "no data" in the reader’s language where there is nothing to draw, instead of an empty frame', () => {
    for (const language of ['en', 'ru', 'he'] as const) {
      const view = render(
        <I18nextProvider i18n={initI18n(language)}>
          <BarChart title="Causes" bars={[]} />
          <BarChart title="Categories" bars={[{ label: 'Wear', value: 0 }]} />
          <ColumnChart title="Satisfaction" series={['Score']} columns={[{ label: 'Dec 25', values: [0] }]} />
        </I18nextProvider>,
      );
      for (const name of ['Causes', 'Categories', 'Satisfaction']) {
        const figure = screen.getByRole('figure', { name });
        expect(within(figure).getByText(catalogue[language].charts.noData)).toBeTruthy();
        expect(figure.querySelector('svg, .bar-row')).toBeNull();
      }
      view.unmount();
    }
  });

  it('label a long series upright under its columns, each with its whole month or week on hover, and long names in full on hover', async () => {
    await renderWithBackend(() => <Analytics />, { demo: true, language: 'ru' });
    const volume = await screen.findByRole('figure', { name: catalogue.ru.analytics.tables.volume });
    const labels = volume.querySelector('.column-labels')!;
    const spans = [...labels.querySelectorAll('span')];
    expect(spans.length).toBeGreaterThanOrEqual(9);
    expect(labels.classList.contains('upright')).toBe(true);
    for (const span of spans) expect(span.title).toMatch(/\d{4}/);
    const models = await screen.findByRole('figure', { name: catalogue.ru.analytics.models });
    for (const label of models.querySelectorAll('.bar-label')) expect(label.getAttribute('title')).toBe(label.textContent);
    // The figures with nothing in this period say so.
    expect(within(screen.getByRole('figure', { name: catalogue.ru.analytics.causes })).getByText(catalogue.ru.charts.noData)).toBeTruthy();
  });

  it('name a month and a week in each language, short under the column and whole on hover', () => {
    expect(bucketLabel('2025-12', 'en')).toEqual({ label: 'Dec 25', title: 'December 2025' });
    expect(bucketLabel('2025-12', 'ru').title).toBe('декабрь 2025 г.');
    expect(bucketLabel('2025-12', 'he').title).toBe('דצמבר 2025');
    expect(bucketLabel('2026-09-07', 'en')).toEqual({ label: '7 Sept', title: '7 September 2026' });
  });
});
