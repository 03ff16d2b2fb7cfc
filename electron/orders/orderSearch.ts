import { serialKey, textKey } from '../../shared/platform/search.js';
import { phoneQueryKeys, phoneSearchKeys } from '../../shared/customers/index.js';
import { phoneCountry } from '../customers/index.js';
import type { RepairOrder } from '../../shared/orders/schemas.js';
import type { ServiceContext } from '../platform/context.js';

const SEPARATOR = '\u0001';
/** New orders are searched one by one until this many have come in; then the corpus is rebuilt. */
const TAIL_LIMIT = 2_000;

/**
 * Full-text search over orders by number, serial, IMEI, customer name and phone, as a clerk types any part of them.
 * What an order is found by never changes after intake (its number, its customer and its device), so every order's
 * search text is written once into one large string, and a query is a few native `indexOf` scans over it instead
 * of a comparison per order. Orders taken in since the last rebuild are checked one by one.
 */
export class OrderSearchIndex {
  private corpus = '';
  private starts: number[] = [];
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
    for (const form of forms) {
      // After a match, go on from the end of that order's text: each order is counted once, however short the query.
      for (let at = this.corpus.indexOf(form); at >= 0; ) {
        const id = this.ids[this.entryAt(at)];
        if (!this.stale.has(id)) found.add(id);
        const end = this.corpus.indexOf(SEPARATOR, at);
        at = end < 0 ? -1 : this.corpus.indexOf(form, end + 1);
      }
    }
    for (const id of this.stale) {
      const order = this.ctx.store.orders.get(id);
      if (order && forms.some((form) => this.textOf(order).includes(form))) found.add(id);
    }
    for (let i = this.ids.length; i < orders.length; i++) {
      const text = this.textOf(orders[i]);
      if (forms.some((form) => text.includes(form))) found.add(orders[i].id);
    }
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
    const parts: string[] = [];
    this.starts = [];
    this.ids = [];
    this.entries = [];
    let offset = 0;
    for (const order of orders) {
      const text = this.textOf(order) + SEPARATOR;
      parts.push(text);
      this.starts.push(offset);
      this.ids.push(order.id);
      this.entries.push(order);
      offset += text.length;
    }
    this.corpus = parts.join('');
    this.lastIndexedId = orders.at(-1)?.id ?? '';
  }

  /** The entry a corpus position falls in (binary search over the entries' start offsets). */
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

  private textOf(order: RepairOrder): string {
    const customer = this.ctx.store.customers.get(order.customerId);
    const device = this.ctx.store.devices.get(order.deviceId);
    return [
      order.number.toLowerCase(),
      device?.serial ? serialKey(device.serial).toLowerCase() : '',
      device?.imei ?? '',
      customer ? textKey(customer.name) : '',
      ...(customer?.phones.flatMap((phone) => phoneSearchKeys(phone, this.country)) ?? []),
    ].join('\u0002');
  }
}

/** What to look for: the typed text, the same as a serial number (no spaces or dashes), and a phone's digits. */
function queryForms(query: string, country: ReturnType<typeof phoneCountry>): string[] {
  const forms = new Set<string>();
  const text = textKey(query);
  if (text) forms.add(text);
  const serial = serialKey(query).toLowerCase();
  if (serial) forms.add(serial);
  if (/^[\d\s\-+().]+$/.test(query.trim())) for (const digits of phoneQueryKeys(query, country)) forms.add(digits);
  return [...forms].filter((form) => !form.includes(SEPARATOR) && !form.includes('\u0002'));
}
