import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.js';
import { isFieldReason } from '../../shared/platform/result.js';
import { intakeInput, type Member, openBackend, snapshot, staffedWorkshop, type TestBackend, validImei } from './helpers.js';

/**
 * What a clerk types into the counter's forms on a bad day, field by field, and what the workshop answers: either the
 * text is kept exactly as typed (an emoji, `<script>` and a right-to-left override are data), or the request is
 * refused with a reason at the field and not one stored byte changes.
 */


const RLO = '\u202E';
const TEXTS = {
  'a 2,000-character text': 'Screen flickers when warm. '.repeat(75).slice(0, 2000).trimEnd() + 'x',
  'one unbroken 2,000-character word': 'Ж'.repeat(2000),
  'emoji': '📱🔧 Экран треснул 👍🏽 👨‍👩‍👧',
  'a script tag': '<script>alert(1)</script>',
  'a right-to-left override inside a name': `Ivan ${RLO}vorteP`,
  'only right-to-left overrides': `${RLO}${RLO}\u200F`,
  'only spaces': '   \u00A0 ',
  'nothing': '',
} as const;
type TextCase = keyof typeof TEXTS;

const NUMBERS = { negative: -500, huge: 1e12, 'a word': '12abc', 'not a number': Number.NaN, 'three decimals': 12.345 } as const;
type NumberCase = keyof typeof NUMBERS;

/** Days from the workshop's today (2026-03-02 in this test). */
const DATES = {
  '31 February': '2026-02-31',
  '0000-00-00': '0000-00-00',
  'the day written the other way': '02.03.2026',
  'far in the future': '2206-03-02',
} as const;
type DateCase = keyof typeof DATES;

interface World {
  t: TestBackend;
  clerk: Member;
  manager: Member;
  technician: Member;
}

/** A form's field: the channel, the path the refusal names, and the request with the field set to a value. */
interface Field {
  channel: ChannelName;
  field: string;
  /** The member who fills this form. */
  who?: 'clerk' | 'manager' | 'technician';
  request(value: unknown, w: World): Promise<unknown>;
}
interface TextField extends Field {
  max: number;
  required: boolean;
  /** A field with a fixed shape (a phone number): only digits and the like are kept; the rest is refused. */
  pattern?: string;
}
interface NumberField extends Field {
  /** Money paid must be above zero (negative → not_positive); a quantity may have decimals (3 decimals accepted). */
  positive?: boolean;
  decimals?: boolean;
}
interface DateField extends Field {
  /** What the domain answers for a date far in the future: accepted, or the reason. */
  farFuture: 'accepted' | string;
}

// --- The records a form works on, made fresh for each request (a merge or a loan return consumes them). -----------

let serial = 0;
const nextImei = () => validImei(`352906${String(10_000_000 + ++serial).slice(-8)}`);
const newOrder = (w: World) => w.clerk.ok('orders.create', intakeInput({ imei: nextImei(), phone: `+7 912 555-${String(serial).padStart(4, '0')}` }));

/** Set a dotted path (`intake.accessories.0`) in a copy of a request. */
function withValue(base: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const intake = (path: string) => async (value: unknown) => withValue({ ...intakeInput({ imei: nextImei() }), intake: { ...intakeInput().intake, estimate: 10_000 } }, path, value);
/** A correction changes something (a reason alone corrects nothing and is not kept). */
const correctOrder = (key: string) => async (value: unknown, w: World) => ({ id: (await newOrder(w)).order.id, appearance: `Scratch ${serial}`, [key]: value });
const correctCustomer = (key: string) => async (value: unknown, w: World) => ({ id: (await newOrder(w)).customer.id, [key]: value });
const correctDevice = (key: string) => async (value: unknown, w: World) => ({ id: (await newOrder(w)).device.id, brand: 'Samsung Electronics', [key]: value });
async function loanFor(w: World) {
  const view = await newOrder(w);
  const unit = await w.manager.ok('loans.loaners.save', { inventoryNumber: `LN-${serial}`, category: 'Smartphone', model: 'Galaxy A15', value: 1_500_000, condition: 'Good' });
  return { view, unit };
}
const issue = (path: string) => async (value: unknown, w: World) => {
  const { view, unit } = await loanFor(w);
  return withValue({ orderId: view.order.id, unitId: unit.id, dueBack: '2026-03-20', conditionOut: 'Good', accessoriesOut: ['Charger'], depositTaken: 50_000 }, path, value);
};
const giveBack = (path: string) => async (value: unknown, w: World) => {
  const { view, unit } = await loanFor(w);
  const loan = await w.clerk.ok('loans.issue', { orderId: view.order.id, unitId: unit.id, dueBack: '2026-03-20', conditionOut: 'Good', depositTaken: 50_000 });
  return withValue({ loanId: loan.loan.id, conditionIn: 'Good', depositReturned: 50_000 }, path, value);
};
const claim = (path: string) => async (value: unknown, w: World) =>
  withValue({ orderId: (await newOrder(w)).order.id, receivedOn: '2026-03-01', demand: 'refund', goodsPrice: 100_000, statement: 'Broke again.' }, path, value);
const lines = (path: string) => async (value: unknown, w: World) =>
  withValue({ id: (await newOrder(w)).order.id, workLines: [{ description: 'Screen replacement', quantity: 1, unitPrice: 20_000 }], partLines: [{ name: 'Display', quantity: 1, unitPrice: 40_000 }] }, path, value);
const settings = (path: string) => async (value: unknown) => withValue({ workshop: { legalName: 'Fix-It Ltd' }, intakeTerms: { en: 'Terms.' }, holidays: ['2026-05-01'] }, path, value);
const registry = (path: string) => async (value: unknown) =>
  withValue({ fileName: 'registry.csv', contentBase64: Buffer.from('serial,brand,model\nX-1,Acme,Kettle\n').toString('base64'), mapping: { serial: 0, brand: 1, model: 2 } }, path, value);

const textFields: TextField[] = [
  { channel: 'orders.create', field: 'customer.name', max: 160, required: true, request: intake('customer.name') },
  { channel: 'orders.create', field: 'customer.phones.0', max: 40, required: true, pattern: 'phone', request: intake('customer.phones.0') },
  { channel: 'orders.create', field: 'customer.address', max: 300, required: false, request: intake('customer.address') },
  { channel: 'orders.create', field: 'customer.notes', max: 2000, required: false, request: intake('customer.notes') },
  { channel: 'orders.create', field: 'device.brand', max: 80, required: true, request: intake('device.brand') },
  { channel: 'orders.create', field: 'device.model', max: 120, required: true, request: intake('device.model') },
  { channel: 'orders.create', field: 'intake.statedDefect', max: 2000, required: true, request: intake('intake.statedDefect') },
  { channel: 'orders.create', field: 'intake.appearance', max: 1000, required: false, request: intake('intake.appearance') },
  { channel: 'orders.create', field: 'intake.accessories.0', max: 80, required: true, request: intake('intake.accessories.0') },
  { channel: 'orders.correct', field: 'statedDefect', max: 2000, required: true, request: correctOrder('statedDefect') },
  { channel: 'orders.correct', field: 'reason', max: 500, required: false, request: correctOrder('reason') },
  { channel: 'customers.correct', field: 'name', max: 160, required: true, request: correctCustomer('name') },
  { channel: 'customers.correct', field: 'address', max: 300, required: false, request: correctCustomer('address') },
  { channel: 'devices.correctIdentity', field: 'model', max: 120, required: true, request: correctDevice('model') },
  { channel: 'devices.correctIdentity', field: 'reason', max: 500, required: false, request: correctDevice('reason') },
  {
    channel: 'customers.merge',
    field: 'reason',
    who: 'manager',
    max: 500,
    required: false,
    request: async (value, w) => ({ keepId: (await newOrder(w)).customer.id, mergeId: (await newOrder(w)).customer.id, reason: value }),
  },
  { channel: 'loans.issue', field: 'conditionOut', max: 500, required: true, request: issue('conditionOut') },
  { channel: 'loans.issue', field: 'accessoriesOut.0', max: 80, required: true, request: issue('accessoriesOut.0') },
  { channel: 'loans.return', field: 'conditionIn', max: 500, required: true, request: giveBack('conditionIn') },
  { channel: 'loans.return', field: 'withheldReason', max: 500, required: false, request: giveBack('withheldReason') },
  { channel: 'claims.save', field: 'statement', max: 4000, required: true, request: claim('statement') },
  { channel: 'claims.save', field: 'customerName', max: 160, required: false, request: claim('customerName') },
  { channel: 'orders.setLines', field: 'workLines.0.description', max: 300, required: true, who: 'technician', request: lines('workLines.0.description') },
  { channel: 'orders.setLines', field: 'partLines.0.name', max: 200, required: true, who: 'technician', request: lines('partLines.0.name') },
  { channel: 'settings.update', field: 'workshop.legalName', max: 200, required: false, who: 'manager', request: settings('workshop.legalName') },
  { channel: 'settings.update', field: 'intakeTerms.en', max: 3000, required: false, who: 'manager', request: settings('intakeTerms.en') },
  { channel: 'staff.create', field: 'name', max: 120, required: true, who: 'manager', request: async (value) => ({ name: value, role: 'clerk', pin: '1357' }) },
  { channel: 'registry.import', field: 'fileName', max: 200, required: true, request: registry('fileName') },
];

const numberFields: NumberField[] = [
  { channel: 'orders.create', field: 'intake.estimate', request: intake('intake.estimate') },
  { channel: 'orders.create', field: 'intake.prepayment', request: intake('intake.prepayment') },
  { channel: 'orders.correct', field: 'approvedMax', request: correctOrder('approvedMax') },
  { channel: 'loans.issue', field: 'depositTaken', request: issue('depositTaken') },
  { channel: 'loans.return', field: 'depositReturned', request: giveBack('depositReturned') },
  { channel: 'claims.save', field: 'amountClaimed', request: claim('amountClaimed') },
  {
    channel: 'payments.record',
    field: 'amount',
    positive: true,
    request: async (value, w) => ({ orderId: (await newOrder(w)).order.id, amount: value, method: 'cash' }),
  },
  { channel: 'orders.setLines', field: 'workLines.0.unitPrice', who: 'technician', request: lines('workLines.0.unitPrice') },
  { channel: 'orders.setLines', field: 'workLines.0.quantity', who: 'technician', positive: true, decimals: true, request: lines('workLines.0.quantity') },
  { channel: 'orders.setLines', field: 'partLines.0.quantity', who: 'technician', positive: true, decimals: true, request: lines('partLines.0.quantity') },
  { channel: 'registry.import', field: 'mapping.serial', request: registry('mapping.serial') },
];

const dateFields: DateField[] = [
  { channel: 'orders.create', field: 'intake.promisedDate', farFuture: 'too_far', request: intake('intake.promisedDate') },
  { channel: 'orders.create', field: 'device.purchaseDate', farFuture: 'in_future', request: intake('device.purchaseDate') },
  { channel: 'orders.correct', field: 'promisedDate', farFuture: 'too_far', request: correctOrder('promisedDate') },
  { channel: 'loans.issue', field: 'dueBack', farFuture: 'too_far', request: issue('dueBack') },
  { channel: 'claims.save', field: 'receivedOn', farFuture: 'in_future', request: claim('receivedOn') },
  { channel: 'settings.update', field: 'holidays.0', farFuture: 'accepted', who: 'manager', request: settings('holidays.0') },
];

/** What a clerk expects of a text: kept as typed, or the reason the field shows. */
function expectedForText(f: TextField, c: TextCase): 'stored' | 'empty' | string {
  const value = TEXTS[c];
  const blank = c === 'only right-to-left overrides' || c === 'only spaces' || c === 'nothing';
  if (blank) return f.required ? 'required' : 'empty';
  if (f.pattern === 'phone') return value.length > f.max ? 'too_long' : 'invalid_phone';
  if (value.length > f.max) return 'too_long';
  return 'stored';
}

function expectedForNumber(f: NumberField, c: NumberCase): 'stored' | string[] {
  switch (c) {
    case 'negative':
      return f.positive ? ['not_positive'] : ['negative'];
    case 'huge':
      return ['too_large'];
    case 'a word':
    case 'not a number':
      return ['invalid_number', 'invalid_amount'];
    case 'three decimals':
      // Money is in minor units (cents): 12.345 of them cannot be paid; a quantity of hours or grams may have them.
      return f.decimals ? 'stored' : ['invalid_number', 'invalid_amount'];
  }
}

function expectedForDate(f: DateField, c: DateCase): 'stored' | string {
  if (c === 'far in the future') return f.farFuture === 'accepted' ? 'stored' : f.farFuture;
  return 'invalid_date';
}

async function workshop(): Promise<World> {
  const t = await openBackend({ now: () => new Date('2026-03-02T09:00:00Z') });
  return { t, ...(await staffedWorkshop(t)) };
}

/** Send the request; check the answer and the stored bytes against what was expected. */
async function attempt(w: World, f: Field, value: unknown, expected: 'stored' | 'empty' | string | string[], what: string) {
  const input = await f.request(value, w);
  const refusal = expected !== 'stored' && expected !== 'empty';
  if (refusal) await w.t.backend.store.flush();
  const before = refusal ? await snapshot(w.t.dataDir) : new Map();
  const result = await w[f.who ?? 'clerk'].call(f.channel, input as never);
  const label = `${f.channel} ${f.field} = ${what}`;
  if (expected === 'stored' || expected === 'empty') {
    expect(result.ok ? 'accepted' : result.error, label).toBe('accepted');
    if (expected === 'stored' && typeof value === 'string') {
      await w.t.backend.store.flush();
      const files = [...(await snapshot(w.t.dataDir)).values()].join('\n');
      expect(files.includes(JSON.stringify(value).slice(1, -1)), `${label}: stored exactly as typed`).toBe(true);
    }
    return;
  }
  expect(result.ok, `${label} was accepted`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, label).toBe('validation');
  const reason = result.error.fields?.[f.field];
  expect(reason && isFieldReason(reason), `${label}: a reason at the field, got ${JSON.stringify(result.error.fields)}`).toBe(true);
  expect(Array.isArray(expected) ? expected : [expected], `${label}: ${JSON.stringify(result.error.fields)}`).toContain(reason);
  await w.t.backend.store.flush();
  const after = await snapshot(w.t.dataDir);
  expect([...after.entries()], `${label} changed stored data while refusing`).toEqual([...before.entries()]);
}

describe('bad input at the counter', () => {
  it('every text field keeps emoji, <script> and a right-to-left override as typed, refuses blanks and over-long text at the field', async () => {
    const w = await workshop();
    for (const f of textFields) {
      for (const c of Object.keys(TEXTS) as TextCase[]) await attempt(w, f, TEXTS[c], expectedForText(f, c), c);
    }
  }, 300_000);

  it('every money and quantity field refuses negative, huge and non-numbers at the field; money refuses fractions of a cent', async () => {
    const w = await workshop();
    for (const f of numberFields) {
      for (const c of Object.keys(NUMBERS) as NumberCase[]) {
        if (f.field === 'mapping.serial' && c === 'three decimals') continue;
        await attempt(w, f, NUMBERS[c], expectedForNumber(f, c), c);
      }
    }
  }, 300_000);

  it('every date field refuses impossible days, and a promise or a due-back centuries ahead', async () => {
    const w = await workshop();
    for (const f of dateFields) {
      for (const c of Object.keys(DATES) as DateCase[]) await attempt(w, f, DATES[c], expectedForDate(f, c), c);
    }
  }, 300_000);
});
