import type { DocumentTexts } from '../platform/pdf/texts.js';

/** Where the letter cites a Russian rule, it cites it in the letter's language; other rules print their profile source. */
const RU_ARTICLES: Partial<Record<string, string>> = {
  repairDeadlineDays: '20',
  replacementDays: '21',
  replacementCheckDays: '21',
  replacementNoStockMonths: '21',
  refundDays: '22',
  repairCostsDays: '22',
  penaltyDemandDays: '22',
  penaltyPercentPerDay: '23',
};

export function citation(profileId: string, rule: string | null, source: string, t: DocumentTexts, overridden: boolean): string {
  const article = rule ? RU_ARTICLES[rule] : undefined;
  if (profileId !== 'ru' || !article || overridden) return source;
  return t('claimLetter.ruArticle', { n: article });
}
