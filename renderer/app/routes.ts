import { CLAIM_LIST_FILTERS } from '../../shared/claims/index.js';
import { ORDER_LIST_FILTERS, ORDER_SORT_COLUMNS, ORDER_STATUSES, type OrderListFilter, type OrderSort, type OrderStatus } from '../../shared/orders/index.js';

/** The loans a screen of loaners lists on its own: those overdue or due back soon (the dashboard's tile). */
export const LOANER_FILTERS = ['attention'] as const;

/**
 * Every screen has an address (a hash route: `#/orders/<id>`, `#/intake`, `#/settings`), so that Back and Forward
 * move between screens, a reload (F5) keeps the clerk where they were, and an address can be bookmarked. A list's
 * filter and order are part of its address (`#/orders?filter=overdue&sort=promised&dir=asc`), so that a dashboard
 * tile opens its list, Back returns to the dashboard and F5 shows the same list again.
 */
export type View =
  | { name: 'dashboard' }
  | { name: 'orders'; filter?: OrderListFilter; status?: OrderStatus; sort?: OrderSort }
  | { name: 'order'; id: string }
  | { name: 'intake' }
  | { name: 'customers' }
  | { name: 'warranty' }
  | { name: 'expiring' }
  | { name: 'registry' }
  | { name: 'history' }
  | { name: 'loaners'; filter?: (typeof LOANER_FILTERS)[number] }
  | { name: 'parts' }
  | { name: 'claims'; filter?: (typeof CLAIM_LIST_FILTERS)[number] }
  | { name: 'analytics' }
  | { name: 'shipments' }
  | { name: 'staff' }
  | { name: 'settings' }
  | { name: 'cashbook' }
  | { name: 'reports' };

const SCREENS = ['dashboard', 'orders', 'intake', 'customers', 'warranty', 'expiring', 'registry', 'history', 'loaners', 'parts', 'claims', 'analytics', 'shipments', 'staff', 'settings', 'cashbook', 'reports'] as const;
const ORDER_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function hashOf(view: View): string {
  if (view.name === 'order') return `#/orders/${view.id}`;
  const params = new URLSearchParams();
  if ((view.name === 'orders' || view.name === 'loaners' || view.name === 'claims') && view.filter) params.set('filter', view.filter);
  if (view.name === 'orders' && view.status) params.set('status', view.status);
  if (view.name === 'orders' && view.sort) {
    params.set('sort', view.sort.by);
    params.set('dir', view.sort.direction);
  }
  const query = params.toString();
  return `#/${view.name}${query ? `?${query}` : ''}`;
}

/** The screen an address names; anything else (an old or mistyped address) is the dashboard. A list's unknown parameter is left out. */
export function viewOf(hash: string): View {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'orders' && parts[1] && ORDER_ID.test(parts[1]) && parts.length === 2) return { name: 'order', id: parts[1] };
  if (parts.length !== 1 || !(SCREENS as readonly string[]).includes(parts[0])) return { name: 'dashboard' };
  const name = parts[0] as (typeof SCREENS)[number];
  const params = new URLSearchParams(query);
  const one = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = params.get(key);
    return allowed.includes(value as T) ? (value as T) : undefined;
  };
  if (name === 'orders') {
    const by = one('sort', ORDER_SORT_COLUMNS);
    const direction = one('dir', ['asc', 'desc'] as const);
    return dropUndefined({ name, filter: one('filter', ORDER_LIST_FILTERS), status: one('status', ORDER_STATUSES), sort: by && direction ? { by, direction } : undefined });
  }
  if (name === 'loaners') return dropUndefined({ name, filter: one('filter', LOANER_FILTERS) });
  if (name === 'claims') return dropUndefined({ name, filter: one('filter', CLAIM_LIST_FILTERS) });
  return { name } as View;
}

/** A view without the parameters it does not have: `{ name: 'orders' }`, not `{ name: 'orders', filter: undefined }`. */
function dropUndefined<T extends View>(view: T): T {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as T;
}

export function sameView(a: View, b: View): boolean {
  return hashOf(a) === hashOf(b);
}
