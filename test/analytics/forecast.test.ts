import { describe, expect, it } from 'vitest';
import { holtFit, holtForecast } from '../../shared/analytics/forecast.js';

describe("Holt's linear forecast", () => {
  it('continues a straight line exactly', () => {
    expect(holtFit([10, 12, 14, 16], 0.5, 0.5)).toEqual({ level: 16, trend: 2 });
    expect(holtForecast([10, 12, 14, 16], 2, 0.5, 0.5)).toEqual([18, 20]);
  });

  it('follows a noisy series as worked out by hand', () => {
    // level 10, trend 4; week 2: level .5·14 + .5·14 = 14, trend 4; week 3: level .5·12 + .5·18 = 15, trend .5·1 + .5·4 = 2.5.
    expect(holtFit([10, 14, 12], 0.5, 0.5)).toEqual({ level: 15, trend: 2.5 });
    expect(holtForecast([10, 14, 12], 3, 0.5, 0.5)).toEqual([17.5, 20, 22.5]);
  });

  it('never forecasts below zero, and copes with short histories', () => {
    expect(holtForecast([9, 6, 3], 3, 0.5, 0.5)).toEqual([0, 0, 0]);
    expect(holtForecast([4], 2)).toEqual([4, 4]);
    expect(holtForecast([], 2)).toEqual([0, 0]);
  });
});
