import { phoneKey, serialKey, textKey } from '../../shared/platform/search.js';
import { phoneQueryKeys, phoneSearchKeys } from '../../shared/customers/index.js';
import { phoneCountry } from '../customers/index.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { ServiceContext } from '../platform/context.js';

const SEPARATOR = '\u0001';
const JOIN = '\u0002';
/** New orders are searched one by one until this many have come in; then the corpus is rebuilt. */
const TAIL_LIMIT = 2_000;

/**
 * An order's search text in three parts, by the characters each can hold: `words` (the order number and the
 * customer's name), `serial` (the serial number without spaces or dashes) and `digits` (IMEI and the phones' forms,
 * digits only). A query form is looked for only in the parts that can contain it: a name is never scanned for in
 * the digits, and the phones are not scanned for a word.
 */
type Part = 'words' | 'serial' | 'digits';
const PARTS: readonly Part[] = ['words', 'serial', 'digits'];
type OrderText = Record<Part, string>;

/** The parts a form can occur in (by its characters), and for a phone's international form the digits only. */
function partsFor(form: string): readonly Part[] {
  if (/^\d+$/.test(form)) return PARTS;
  if (/[\s-]/.test(form)) return ['words'];
  return ['words', 'serial'];
}

/** One part's text of every indexed order, joined, with where each order's text starts. */
class Corpus {
  text = '';
  starts = new Uint32Array(0);

  build(texts: readonly string[]): void {
    this.starts = new Uint32Array(texts.length);
    let offset = 0;
    for (let i = 0; i < texts.length; i++) {
      this.starts[i] = offset;
      offset += texts[i].length + 1;
    }
    this.text = texts.join(SEPARATOR) + SEPARATOR;
  }

  /** The entries whose text contains the form, each once, however often it occurs in it. */
  *entriesWith(form: string): Generator<number> {
    for (let at = this.text.indexOf(form); at >= 0; ) {
      yield this.entryAt(at);
      const end = this.text.indexOf(SEPARATOR, at);
      at = end < 0 ? -1 : this.text.indexOf(form, end + 1);
    }
  }

  /** The entry a position falls in (binary search over the entries' start offsets). */
  private entryAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid] <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * Full-text search over orders by number, serial, IMEI, customer name and phone, as a clerk types any part of them.
 * What an order is found by never changes after intake (its number, its customer and its device), so every order's
 * search text is written once into large strings (one per part, see `Part`), and a query is a few native `indexOf`
 * scans over them instead of a comparison per order. Orders taken in since the last rebuild are checked one by one.
 */
export class OrderSearchIndex {
  private corpora: Record<Part, Corpus> = { words: new Corpus(), serial: new Corpus(), digits: new Corpus() };
  private ids: string[] = [];
  private lastIndexedId = '';
  private indexedOrders: readonly RepairOrder[] | undefined;
  /** Each entry's order as it was indexed (its customer and device then). */
  private entries: RepairOrder[] = [];
  private country: ReturnType<typeof phoneCountry>;
  /** The revisions of customers, devices and orders the corpus is up to date with. */
  private revisions = { customers: 0, devices: 0, orders: 0 };
  /**
   * Orders whose text in the corpus is outdated: their customer or device was corrected (or merged into another)
   * since the corpus was written. They are searched one by one, as the new orders are, until the next rebuild.
   */
  private stale = new Set<string>();

  constructor(private readonly ctx: ServiceContext) {}

  /** Ids of the orders whose number, serial, IMEI, customer name or phone contains the query. */
  matching(query: string): Set<string> {
    const forms = queryForms(query, phoneCountry(this.ctx));
    const orders = this.ctx.store.orders.all();
    this.sync(orders);
    const found = new Set<string>();
    for (const { form, parts } of forms) {
      for (const part of parts) {
        for (const entry of this.corpora[part].entriesWith(form)) {
          const id = this.ids[entry];
          if (!this.stale.has(id)) found.add(id);
        }
      }
    }
    const matches = (order: RepairOrder) => {
      const text = this.textOf(order);
      return forms.some(({ form, parts }) => parts.some((part) => text[part].includes(form)));
    };
    for (const id of this.stale) {
      const order = this.ctx.store.orders.get(id);
      if (order && matches(order)) found.add(id);
    }
    for (let i = this.ids.length; i < orders.length; i++) if (matches(orders[i])) found.add(orders[i].id);
    return found;
  }

  /** The orders whose indexed text a correction made outdated since the last look (false: rebuild instead). */
  private collectStale(): boolean {
    const { customers, devices, orders } = this.ctx.store;
    const changed = {
      customers: customers.replacedSince(this.revisions.customers),
      devices: devices.replacedSince(this.revisions.devices),
      orders: orders.replacedSince(this.revisions.orders),
    };
    if (!changed.customers || !changed.devices || !changed.orders) return false;
    for (const id of changed.customers) for (const order of orders.byKey('customer', (o) => [o.customerId], id)) this.stale.add(order.id);
    for (const id of changed.devices) for (const order of orders.byKey('device', (o) => [o.deviceId], id)) this.stale.add(order.id);
    // An order saved again is found by the same text, unless it now belongs to another customer or unit (a merge).
    for (const id of changed.orders) {
      const entry = this.entryOf(id);
      const order = orders.get(id);
      if (entry >= 0 && order && (order.customerId !== this.entries[entry].customerId || order.deviceId !== this.entries[entry].deviceId)) this.stale.add(id);
    }
    this.revisions = { customers: customers.revision, devices: devices.revision, orders: orders.revision };
    return true;
  }

  /** The corpus entry of an order (the entries are in id order), or -1. */
  private entryOf(id: string): number {
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (this.ids[mid] === id) return mid;
      if (this.ids[mid] < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private sync(orders: readonly RepairOrder[]): void {
    const country = phoneCountry(this.ctx);
    // Phones are found by their national forms too: a change of the workshop's country rebuilds the corpus.
    if (country !== this.country) this.ids = [];
    this.country = country;
    // The collection rebuilt its list (a restore, or a save undone after a failed write): start again.
    if (this.indexedOrders !== undefined && this.indexedOrders !== orders) this.ids = [];
    this.indexedOrders = orders;
    if (this.ids.length && !this.collectStale()) this.ids = [];
    const indexed = this.ids.length;
    const stillPrefix = indexed === 0 || orders[indexed - 1]?.id === this.lastIndexedId;
    const oneByOne = orders.length - indexed + this.stale.size;
    if (stillPrefix && oneByOne <= TAIL_LIMIT && (indexed > 0 || orders.length <= TAIL_LIMIT)) return;
    const { customers, devices } = this.ctx.store;
    this.revisions = { customers: customers.revision, devices: devices.revision, orders: this.ctx.store.orders.revision };
    this.stale.clear();
    const texts: Record<Part, string[]> = { words: [], serial: [], digits: [] };
    this.ids = [];
    this.entries = [];
    for (const order of orders) {
      const text = this.textOf(order);
      for (const part of PARTS) texts[part].push(text[part]);
      this.ids.push(order.id);
      this.entries.push(order);
    }
    for (const part of PARTS) this.corpora[part].build(texts[part]);
    this.lastIndexedId = orders.at(-1)?.id ?? '';
  }

  private textOf(order: RepairOrder): OrderText {
    const customer = this.ctx.store.customers.get(order.customerId);
    const device = this.ctx.store.devices.get(order.deviceId);
    return {
      words: order.number.toLowerCase() + JOIN + (customer ? textKey(customer.name) : ''),
      serial: device?.serial ? serialKey(device.serial).toLowerCase() : '',
      digits: [device?.imei ?? '', ...(customer?.phones.flatMap((phone) => phoneSearchKeys(phone, this.country)) ?? [])].join(JOIN),
    };
  }
}

/**
 * What to look for, and where: the typed text, the same as a serial number (no spaces or dashes), and a phone's
 * digits as typed, anywhere they can occur; a phone's international form among the digits only (it is there to
 * find the phones, not a serial number that happens to hold its digits).
 */
function queryForms(query: string, country: ReturnType<typeof phoneCountry>): Array<{ form: string; parts: readonly Part[] }> {
  const forms = new Map<string, readonly Part[]>();
  const add = (form: string, parts: readonly Part[]) => {
    if (form && !form.includes(SEPARATOR) && !form.includes(JOIN) && !forms.has(form)) forms.set(form, parts);
  };
  add(textKey(query), partsFor(textKey(query)));
  const serial = serialKey(query).toLowerCase();
  add(serial, partsFor(serial));
  if (/^[\d\s\-+().]+$/.test(query.trim())) {
    const typed = phoneKey(query);
    for (const digits of phoneQueryKeys(query, country)) add(digits, digits === typed ? PARTS : ['digits']);
  }
  return [...forms].map(([form, parts]) => ({ form, parts }));
}
