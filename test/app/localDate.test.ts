import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/rules/calendar.js';

describe('the local date of an instant', () => {
  it('agrees with the full Intl conversion in zones with clock changes and odd offsets, around the clock', () => {
    const zones = ['Asia/Jerusalem', 'Europe/Moscow', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (const timeZone of zones) {
      const intl = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      // Every 28 minutes and 53 seconds for a year and a half: every clock change of 2025 and 2026 is crossed.
      for (let ms = start; ms < start + 540 * 86_400_000; ms += 1_733_000) {
        const instant = new Date(ms).toISOString();
        if (localDate(instant, timeZone) !== intl.format(new Date(ms))) expect(`${timeZone} ${instant}: ${localDate(instant, timeZone)}`).toBe(intl.format(new Date(ms)));
      }
    }
  });

  it('reads an instant written with an offset', () => {
    expect(localDate('2026-03-01T23:30:00+02:00', 'UTC')).toBe('2026-03-01');
    expect(localDate('2026-03-01T23:30:00+02:00', 'Asia/Jerusalem')).toBe('2026-03-01');
  });
});
