import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PIN, callHost, closeSession, documentText, openSession, type startWebHost } from './host.js';
import { AppPage } from './pages.js';
import { documentTexts } from '../../electron/platform/pdf/texts.js';

let host: Awaited<ReturnType<typeof startWebHost>>;
let browser: Browser;
let page: Page;
const api = <T>(channel: string, input: unknown, as?: string) => callHost<T>(host, channel, input, as);

beforeAll(async () => {
  ({ host, browser, page } = await openSession());
});

afterAll(() => closeSession({ host, browser }));

/**
 * Ten washing machines sold (the sales registry), five of them in for repair: four with the same manufacturing cause,
 * one flooded by its owner; all handed back.
 */
async function history() {
  const technician = await api<{ id: string }>('staff.create', { name: 'Алексей Смирнов', role: 'technician', pin: E2E_PIN });
  for (let i = 0; i < 5; i++) {
    const view = await api<{ order: { id: string } }>('orders.create', {
      customer: { kind: 'person', name: `Клиент ${i}`, phones: [`+7 900 000-00-0${i}`] },
      device: { category: 'Washing machine', brand: 'Bosch', model: 'WAN28281', serial: `WM-${i}`, purchaseDate: '2026-01-10' },
      intake: { statedDefect: 'Не сливает воду', warrantyBasis: 'manufacturer' },
    });
    const id = view.order.id;
    await api('orders.assign', { id, technicianId: technician.id });
    await api('orders.transition', { id, to: 'diagnosing' }, technician.id);
    const cause = i < 4 ? 'C01' : 'C10';
    await api('orders.diagnose', { id, notes: 'Насос', defects: [{ symptom: 'S07', cause, action: 'A01', component: 'K08' }] }, technician.id);
    await api('orders.transition', { id, to: 'in_repair' }, technician.id);
    await api('orders.transition', { id, to: 'ready' }, technician.id);
    // Liquid ingress (C10) is outside warranty: the manager confirms the manufacturer's basis at hand-back.
    await api('orders.transition', { id, to: 'issued', outcome: 'repaired', basisConfirmed: true });
  }
  // The sales registry, imported afterwards: the five repaired units are among the ten sold.
  const sales = ['serial,brand,model,purchase date,warranty', ...Array.from({ length: 10 }, (_, i) => `WM-${i},Bosch,WAN28281,2026-01-10,24`)].join('\n');
  await api('registry.import', { fileName: 'sales.csv', contentBase64: Buffer.from(sales, 'utf8').toString('base64') });
}

describe('analytics, end to end in Chromium', () => {
  it('a systemic defect shows on the dashboard; the Analytics screen charts it, and prints the proposal and the period report', async () => {
    const app = new AppPage(page);
    await page.goto(host.url);
    await app.startEmptyWorkshop('Olga Ivanova');
    await api('settings.update', { ruleProfile: 'ru', workshop: { name: 'Сервис-Плюс' } });
    await history();
    await api('analytics.setThresholds', { thresholds: { failureRatePercent: 30, causeSharePercent: 60, minFailures: 3, windowDays: 90 } });
    await page.reload();
    await app.setLanguage('ru');
    const m = app.m;

    const alert = page.locator('.card.alerts');
    await alert.getByText(documentTexts('ru')('analytics.dashboardAlert', { count: 2 })).waitFor();
    const alertText = ((await alert.textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
    expect(alertText).toContain('Bosch WAN28281: причина C01 · Отказ компонента (производственный) — 100% отказов по производственным дефектам (4 из 4)');
    await app.screenshot('dashboard-alert-ru');

    await app.nav('analytics');
    await page.locator('[data-tile="received"] strong', { hasText: '5' }).waitFor();
    await page.getByRole('figure', { name: m.analytics.models }).getByText('Bosch WAN28281').waitFor();
    await app.screenshot('analytics-ru');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: m.analytics.exportXlsx }).click();
    expect((await download).suggestedFilename()).toMatch(/^analytics-.*\.xlsx$/);

    await page.getByLabel(m.order.documentLanguage, { exact: true }).selectOption('ru');
    for (const button of [m.analytics.printProposal, m.analytics.printReport]) {
      const popup = page.waitForEvent('popup');
      await page.getByRole('button', { name: button }).click();
      await (await popup).close();
    }
    await app.setLanguage('he');
    await page.locator('[data-tile="received"] strong', { hasText: '5' }).waitFor();
    await app.screenshot('analytics-he');
    await app.nav('settings');
    const catalogue = page.locator('fieldset.defect-catalogue');
    await catalogue.locator('summary', { hasText: app.m.defects.kinds.cause }).click();
    await catalogue.locator('tr[data-code="C10"]').waitFor();
    await catalogue.screenshot({ path: 'test-results/screens/defect-catalogue-he.png' });
    await app.setLanguage('en');
    await app.nav('analytics');
    await page.locator('[data-tile="received"] strong', { hasText: '5' }).waitFor();
    await app.screenshot('analytics-en');

    const reports = await api<Array<{ id: string; kind: string }>>('analytics.reports', {});
    expect(reports.map((d) => d.kind)).toEqual(['period_report', 'defect_proposal']);
    const proposal = (await documentText(host, reports[1].id, 'defect-proposal-ru')).replace(/\s+/g, ' ');
    expect(proposal).toContain('Анализ дефектов и предложение производству');
    expect(proposal).toContain('Bosch WAN28281: производственный дефект у 40% проданных изделий (4 из 10); порог 30%.');
    const report = (await documentText(host, reports[0].id, 'period-report-ru')).replace(/\s+/g, ' ');
    expect(report).toContain('Отчёт об объёме и сроках сервисного обслуживания');
    expect(report).toContain('Алексей Смирнов');
  });
});
