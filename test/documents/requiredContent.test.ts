import { describe, expect, it } from 'vitest';
import { formatters } from '../../electron/platform/pdf/letterhead.js';
import { documentTexts, type DocumentTexts } from '../../electron/platform/pdf/texts.js';
import { repairDates } from '../../shared/orders/completion.js';
import type { OrderView } from '../../shared/orders/schemas.js';
import type { Language } from '../../shared/platform/common.js';
import { type PrescribedAct, REGISTRATION_LABELS, REQUIRED_CONTENT, type RequiredItem } from '../../shared/rules/index.js';
import { intakeInput, openBackend, pdfText, staffedWorkshop } from '../platform/helpers.js';

const normalise = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
/**
 * Words without their punctuation: pdftotext still puts a comma, a bracket or a label's last dot on the wrong side
 * of a right-to-left run (item 3 of issue 18), and the side of the currency sign is item 5.
 */
const words = (text: string) => normalise(text.replace(/[.,;:()/«»"·€₽₪£$]/g, ' ')).trim().split(' ');

/**
 * Whether a phrase reads on the page: its words in order, each within a few words of the one before (a label wrapped
 * in its column reads with its value's first line in between).
 */
function reads(text: string[], phrase: string[]): boolean {
  return text.some((word, start) => {
    if (word !== phrase[0]) return false;
    let at = start;
    return phrase.slice(1).every((next) => {
      const found = text.slice(at + 1, at + 8).indexOf(next);
      if (found < 0) return false;
      at += found + 1;
      return true;
    });
  });
}
const DAY = 86_400_000;
const WORKSHOP = { name: 'FixPoint', taxId: '7701234567', registration: '1027700132195', address: '12 Herzl St.', phone: '+7 495 123-45-67' };
const CLERK = 'נועה פרץ';

/** What each profile's customer agreed to: a warranty repair (free), a paid one with an estimate and a prepayment, one priced at diagnosis. */
const PRICING = {
  ru: { warrantyBasis: 'paid', estimate: 450000, prepayment: 100000 },
  il: { warrantyBasis: 'manufacturer' },
  eu: { warrantyBasis: 'paid' },
  uk: { warrantyBasis: 'statutory' },
} as const;

interface Printed {
  t: DocumentTexts;
  language: Language;
  /** The order as accepted (the intake act) and as handed back (the completion act). */
  accepted: OrderView;
  returned: OrderView;
  profile: keyof typeof PRICING;
}

/** A number as the act's language writes it, without the currency sign (its side is item 5 of issue 18). */
const amount = ({ language }: Printed, minor: number) =>
  new Intl.NumberFormat({ en: 'en-GB', ru: 'ru-RU', he: 'he-IL' }[language], { minimumFractionDigits: 2 }).format(minor / 100);
const date = ({ language }: Printed, iso: string | undefined) => formatters(language, 'RUB').date(iso);

/** The words by which a reader finds each required item on the act (a string of digits only is looked for among the digits). */
const FOUND_BY: Record<RequiredItem, (p: Printed) => string[]> = {
  performer: () => [WORKSHOP.name, WORKSHOP.address],
  performerPhone: () => ['4951234567'],
  registration: ({ t, profile }) => {
    const labels = REGISTRATION_LABELS[profile];
    return [t(`rules.registration.${labels.taxId.label}`), WORKSHOP.taxId, t(`rules.registration.${labels.registration!.label}`), WORKSHOP.registration];
  },
  service: ({ t }) => [t('order.demand'), t('demand.repair')],
  item: () => ['Smartphone', 'Samsung Galaxy S23', 'R58N12ABC'],
  itemDescription: ({ t }) => [t('intakeAct.appearance'), 'Scratch on the back cover', t('intakeAct.completeness'), 'No SIM tray', t('intakeAct.accessories'), 'Charger'],
  statedDefect: ({ t }) => [t('order.statedDefect'), 'Screen flickers'],
  price: (p) => {
    const pricing: { warrantyBasis: string; estimate?: number } = PRICING[p.profile];
    if (pricing.warrantyBasis !== 'paid') return [p.t('intakeAct.price'), p.t('intakeAct.freeOfCharge')];
    return pricing.estimate ? [p.t('order.estimate'), amount(p, pricing.estimate)] : [p.t('intakeAct.price'), p.t('intakeAct.priceAtDiagnosis')];
  },
  prepayment: (p) => [p.t('order.prepayment'), amount(p, PRICING.ru.prepayment)],
  acceptanceAndCompletionDates: (p) => [p.t('intakeAct.receivedAt'), date(p, p.accepted.order.receivedAt), p.t('order.promised'), date(p, '2026-03-20')],
  workWarranty: ({ t }) => [t('intakeAct.workWarranty'), t('intakeAct.workWarrantyTerms')],
  receivedBy: ({ t }) => [t('intakeAct.receivedBy'), CLERK, t('role.clerk')],
  signatures: ({ t }) => [t('pdf.signatures'), t('intakeAct.customerSignature'), t('intakeAct.workshopSignature')],
  customer: ({ t, accepted }) => [accepted.customer.name, '9125550102', t('intake.address'), 'ul. Lenina 5, kv. 12'],
  purchase: ({ t }) => [t('device.seller'), 'KSP Computers', t('device.purchaseDocument'), 'Invoice 2026/118822'],
  demandDate: (p) => [p.t('completionAct.demand'), date(p, repairDates(p.returned.order).demand)],
  handOverDate: (p) => [p.t('completionAct.handOver'), date(p, repairDates(p.returned.order).handOver)],
  repairDate: (p) => [p.t('completionAct.completion'), date(p, repairDates(p.returned.order).completion)],
  returnDate: (p) => [p.t('completionAct.returned'), date(p, repairDates(p.returned.order).return)],
  defectsRemoved: ({ t }) => [t('completionAct.diagnosis'), 'Display connector cracked at the solder joint', t('completionAct.work'), 'Display replacement'],
  partsReplaced: ({ t }) => [t('completionAct.parts'), 'Display module', 'SM-S911-LCD'],
};

/** A workshop under `profile` that accepts a fully described phone on 10 March and hands it back repaired on the 16th. */
async function repairUnder(profile: keyof typeof PRICING) {
  let now = new Date('2026-03-10T09:30:00Z').getTime();
  const t = await openBackend({ now: () => new Date(now) });
  const { clerk, technician, manager } = await staffedWorkshop(t);
  await manager.ok('settings.update', { ruleProfile: profile, workshop: WORKSHOP });
  const input = intakeInput();
  const accepted = await clerk.ok('orders.create', {
    customer: { ...input.customer, address: 'ul. Lenina 5, kv. 12' },
    device: { ...input.device, serial: 'R58N12ABC', seller: 'KSP Computers', purchaseDocument: 'Invoice 2026/118822', purchaseDate: '2026-01-14' },
    intake: { ...input.intake, ...PRICING[profile], appearance: 'Scratch on the back cover', completeness: 'No SIM tray', promisedDate: '2026-03-20' },
  });
  const intakeActs = await Promise.all((['en', 'ru', 'he'] as const).map((language) => clerk.ok('orders.intakeAct', { orderId: accepted.order.id, language })));
  const id = accepted.order.id;
  now += DAY;
  await technician.ok('orders.transition', { id, to: 'diagnosing' });
  await technician.ok('orders.diagnose', { id, notes: 'Display connector cracked at the solder joint' });
  await technician.ok('orders.transition', { id, to: 'in_repair' });
  await technician.ok('orders.setLines', {
    id,
    workLines: [{ description: 'Display replacement', quantity: 1, unitPrice: 150000, warrantyDays: 90 }],
    partLines: [{ name: 'Display module', sku: 'SM-S911-LCD', quantity: 1, unitPrice: 300000, warrantyDays: 90 }],
  });
  now += 4 * DAY;
  await technician.ok('orders.transition', { id, to: 'ready' });
  now += DAY;
  await manager.ok('orders.transition', { id, to: 'issued', outcome: 'repaired' });
  const returned = await manager.ok('orders.get', { id });
  const pdf = async (documentId: string) => pdfText(Buffer.from((await clerk.ok('documents.content', { id: documentId })).pdfBase64, 'base64'));
  const completionActs = await Promise.all((['en', 'ru', 'he'] as const).map((language) => clerk.ok('orders.completionAct', { orderId: id, language })));
  return { accepted, returned, pdf, acts: { intake_act: intakeActs, completion_act: completionActs } satisfies Record<PrescribedAct, unknown> };
}

describe('the acts state what the consumer rules of their profile ask them to (docs/required-content.md)', () => {
  it.each(['ru', 'il', 'eu', 'uk'] as const)('under the %s profile: every item of its checklist, on the intake and the completion act, in each language', async (profile) => {
    const { accepted, returned, pdf, acts } = await repairUnder(profile);
    for (const [act, required] of Object.entries(REQUIRED_CONTENT[profile]) as [PrescribedAct, NonNullable<(typeof REQUIRED_CONTENT)[typeof profile][PrescribedAct]>][]) {
      for (const document of acts[act]) {
        const text = words(await pdf(document.id));
        const digits = text.join('').replace(/\D/g, '');
        const printed: Printed = { t: documentTexts(document.language), language: document.language, accepted, returned, profile };
        for (const item of required.items) {
          for (const phrase of FOUND_BY[item](printed)) {
            const where = `${profile} ${act} ${document.language}: ${item} (${phrase})`;
            if (/^\d+$/.test(phrase)) expect(digits, where).toContain(phrase);
            else expect(reads(text, words(phrase)), where).toBe(true);
          }
        }
      }
    }
  });

  it('gives every checklist its source, and prescribes no item twice', () => {
    for (const [profile, acts] of Object.entries(REQUIRED_CONTENT)) {
      for (const [act, { source, items }] of Object.entries(acts)) {
        expect(source.length, `${profile} ${act}`).toBeGreaterThan(20);
        expect(new Set(items).size, `${profile} ${act}`).toBe(items.length);
      }
    }
    // Where the Russian rules ask for them, the intake and the completion act each have their checklist.
    expect(Object.keys(REQUIRED_CONTENT.ru).sort()).toEqual(['completion_act', 'intake_act']);
  });
});
