import type { StaffRole } from './schemas.js';

/**
 * What a role may do: the one table of actions that not every signed-in member may take. The backend checks it
 * (`requireRole(ctx, caller, 'settings.change')`) and the screens read it to show a control disabled, with the
 * reason, before anyone clicks. An action that is not in the table is open to every active member.
 */
export const PERMISSIONS = {
  /** Add staff, rename them, change a role, (de)activate, set another member's PIN. */
  'staff.manage': ['manager'],
  /** Every workshop setting: profile and legal details, currency, terms, rule profile and overrides, holidays,
   * number formats, logo, the backup folder. The interface language is anyone's (settings.setUiLanguage). */
  'settings.change': ['manager'],
  /** Back the data up now (manual backups: they copy every record). */
  'data.backup': ['manager'],
  /** Put a backup's data back. */
  'data.restore': ['manager'],
  /** Write all the data into an archive. */
  'data.export': ['manager'],
  /** Replace all the data with an archive's. */
  'data.import': ['manager'],
  /** Mark the notices of what start-up repaired as read (they stay on every screen until then). */
  'data.recoveryNotices': ['manager'],
  /** Read and verify the audit log. */
  'data.audit': ['manager'],
  /** Correct a device's facts (purchase or installation date, warranty months, serial...): they decide warranty. */
  'devices.correct': ['manager'],
  /** Correct a customer's name, phones, e-mail, address or kind after intake (recorded, field by field). */
  'customers.correct': ['clerk', 'manager'],
  /** Merge two records of one customer into one. */
  'customers.merge': ['manager'],
  /** Correct what identifies a unit (type, brand, model, serial, IMEI) after intake. */
  'devices.identity': ['clerk', 'manager'],
  /** Correct an order's intake facts (stated defect, appearance, accessories, demand, estimate, prepayment, promised date...). */
  'orders.correct': ['clerk', 'manager'],
  /** Void a warranty, or undo a void. */
  'warranty.void': ['manager'],
  /** Hand a device back while its loaner is still out (with a reason). */
  'orders.loanOverride': ['manager'],
  /** Price a catalogue part on an order or a sale below the catalogue price (a discount). */
  'orders.belowCataloguePrice': ['manager'],
  /** State and sign the findings of a condition act. */
  'orders.conditionAct': ['technician', 'manager'],
  /** Correct the facts of a registered claim. */
  'claims.correct': ['manager'],
  /** Decide a claim and record that the decision was carried out. */
  'claims.decide': ['manager'],
  /** Withdraw a claim. */
  'claims.withdraw': ['manager'],
  /** Claims to suppliers and manufacturers. */
  'claims.counterparty': ['manager'],
  /** The defect and cause catalogue. */
  'defects.manage': ['manager'],
  /** Import a workshop's history (customers, units, orders) from another system. */
  'history.import': ['manager'],
  /** The model catalogue of the registry. */
  'registry.models': ['manager'],
  /** Suppliers and manufacturers. */
  'parts.counterparties': ['manager', 'clerk'],
  /** Change a part's cost or price, or let a part go below zero. */
  'parts.prices': ['manager'],
  /** Correct the stock to a count, or write parts off. */
  'parts.adjust': ['manager'],
  /** Send parts back to a supplier. */
  'parts.returnToSupplier': ['manager', 'clerk'],
  /** The labour price list. */
  'parts.labour': ['manager'],
  /** The vans: add one, name it, say who drives it. */
  'parts.vans': ['manager'],
  /** Book, change, move and cancel visits and counter appointments; remind customers of them. */
  'visits.plan': ['clerk', 'manager'],
  /** Close a visit on site (its work, parts, checks and installation day) or take its unit to the workshop. */
  'visits.close': ['technician', 'manager'],
  /** Service contracts: make, change and renew them, and generate their planned maintenance. */
  'contracts.manage': ['manager'],
  /** Take a payment against an order or a counter sale. */
  'payments.take': ['clerk', 'manager'],
  /** Give money back (a refund, with its reason). */
  'payments.refund': ['clerk', 'manager'],
  /** Analytics thresholds, period reports and defect proposals. */
  'analytics.manage': ['manager'],
  /** The cash book: open the day with a float, put cash in or take it out, close a day whose count matches. */
  'payments.cashBook': ['clerk', 'manager'],
  /** Close a cash day whose count differs from what was expected, and correct a closed day (a later entry naming it). */
  'payments.cashDifference': ['manager'],
  /** Look back at the earlier cash days (their close, who closed them) and reprint their reports. */
  'payments.cashHistory': ['manager'],
  /** Record the customer's answer to lines above the estimate (approved up to an amount, or declined). */
  'orders.recordApproval': ['clerk', 'manager'],
  /** The money reports (takings, tax charged, warranty work against reimbursement) and their CSV/XLSX exports. */
  'reports.money': ['manager'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a member of this role may take the action (nobody signed in may take none). */
export function may(role: StaffRole | undefined, action: Permission): boolean {
  return role !== undefined && (PERMISSIONS[action] as readonly StaffRole[]).includes(role);
}

/** The roles that may take an action, e.g. to say "managers only". */
export function rolesFor(action: Permission): readonly StaffRole[] {
  return PERMISSIONS[action];
}
