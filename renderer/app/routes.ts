/**
 * Every screen has an address (a hash route: `#/orders/<id>`, `#/intake`, `#/settings`), so that Back and Forward
 * move between screens, a reload (F5) keeps the clerk where they were, and an address can be bookmarked.
 */
export type View =
  | { name: 'dashboard' }
  | { name: 'orders' }
  | { name: 'order'; id: string }
  | { name: 'intake' }
  | { name: 'customers' }
  | { name: 'warranty' }
  | { name: 'expiring' }
  | { name: 'registry' }
  | { name: 'loaners' }
  | { name: 'parts' }
  | { name: 'claims' }
  | { name: 'analytics' }
  | { name: 'shipments' }
  | { name: 'staff' }
  | { name: 'settings' };

const SCREENS = ['dashboard', 'orders', 'intake', 'customers', 'warranty', 'expiring', 'registry', 'loaners', 'parts', 'claims', 'analytics', 'shipments', 'staff', 'settings'] as const;
const ORDER_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function hashOf(view: View): string {
  return view.name === 'order' ? `#/orders/${view.id}` : `#/${view.name}`;
}

/** The screen an address names; anything else (an old or mistyped address) is the dashboard. */
export function viewOf(hash: string): View {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'orders' && parts[1] && ORDER_ID.test(parts[1]) && parts.length === 2) return { name: 'order', id: parts[1] };
  if (parts.length === 1 && (SCREENS as readonly string[]).includes(parts[0])) return { name: parts[0] as (typeof SCREENS)[number] } as View;
  return { name: 'dashboard' };
}

export function sameView(a: View, b: View): boolean {
  return hashOf(a) === hashOf(b);
}
