// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { RecoveryBanner } from '../../renderer/app/RecoveryBanner.js';
import { applyLanguage, initI18n } from '../../renderer/app/i18n/index.js';
import { useSession } from '../../renderer/session/index.js';
import type { Language } from '../../shared/platform/common.js';

type Info = NonNullable<ReturnType<typeof useSession.getState>['info']>;
type Notice = Info['recovery'][number];

const base = { at: '2026-12-01T08:00:00.000Z', problem: '', fromBackup: 0, salvaged: 0, total: 0, movedTo: '' };
const notices: Notice[] = [
  { ...base, id: '1', kind: 'damaged', file: 'orders/07.json', movedTo: 'damaged/orders-07.ab12.json', restoredFrom: '2026-11-30T22:00:00.000Z', fromBackup: 41, salvaged: 1, total: 42 },
  { ...base, id: '2', kind: 'missing', file: 'staff.json', restoredFrom: '2026-11-30T22:00:00.000Z', fromBackup: 3, total: 3 },
  { ...base, id: '3', kind: 'fewer_records', file: 'customers/02.json', fromBackup: 0, salvaged: 5, total: 5 },
  { ...base, id: '4', kind: 'quarantined', file: 'orders/03.json', movedTo: 'damaged/quarantine/orders.jsonl', total: 2 },
  { ...base, id: '5', kind: 'audit_break', file: 'audit/2026-12.jsonl', movedTo: 'damaged/audit-2026-12.cd34.fragment' },
  { ...base, id: '6', kind: 'unfinished_save', file: '.journal/000003.jsonl' },
];

function bannerLines(language: Language): string[] {
  const i18n = initI18n(language);
  applyLanguage(language);
  useSession.setState({ info: { recovery: notices } as unknown as Info, language, staff: [], currentUserId: undefined });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RecoveryBanner />
    </I18nextProvider>,
  );
  const lines = [...view.container.querySelectorAll('li')].map((li) => li.textContent ?? '');
  view.unmount();
  return lines;
}

describe('the start-up repair banner says what happened to each file', () => {
  it('in English: a damaged, a missing and a shrunk file, left-out records and a cut audit line, each in its own words', () => {
    const [damaged, missing, fewer, quarantined, audit, unfinished] = bannerLines('en');
    expect(damaged).toMatch(/^orders\/07\.json was damaged; the damaged copy is kept in damaged\/orders-07\.ab12\.json\. Restored from the backup of .+ \(41 records\), plus 1 record still readable in the file itself: 42 records now\.$/);
    expect(missing).toMatch(/^staff\.json was missing\. Restored from the backup of .+ \(3 records\), plus 0 records/);
    expect(fewer).toMatch(/^customers\/02\.json held fewer records than had been saved .* No backup held this file, plus 5 records/);
    expect(quarantined).toBe('orders/03.json: 2 records could not be read as valid; they were left out and kept in damaged/quarantine/orders.jsonl.');
    expect(audit).toBe('The audit log audit/2026-12.jsonl ended in a line cut off when the program was stopped; the line is kept in damaged/audit-2026-12.cd34.fragment and the log notes the break.');
    expect(unfinished).toBe('A save under way when the program was stopped had not been confirmed to anyone and was not kept (.journal/000003.jsonl). If a clerk was waiting for a save at that moment, check that record.');
    expect(unfinished).not.toMatch(/damaged copy|Restored|No backup/);
    // A cut audit line is no "damaged file moved aside", and left-out records are no restore.
    expect(audit).not.toMatch(/damaged copy|Restored|No backup/);
    expect(quarantined).not.toMatch(/Restored|No backup/);
  });

  it('in Russian and Hebrew, with their plural forms', () => {
    const ru = bannerLines('ru');
    expect(ru[0]).toContain('(41 запись)');
    expect(ru[0]).toContain('и ещё 1 запись, читаемая в самом файле');
    expect(ru[3]).toContain('2 записи не прочитаны как корректные');
    expect(ru[1]).toMatch(/^Файл staff\.json отсутствовал\./);
    const he = bannerLines('he');
    expect(he[3]).toContain('שתי רשומות לא נקראו כתקינות');
    expect(he[0]).toContain('ועוד רשומה אחת');
    for (const line of [...ru, ...he]) expect(line).not.toMatch(/\b(recovery|kinds|undefined)\b|[a-z]+_[a-z]+/);
  });
});
