import { DomainError } from '../../shared/platform/result.js';
import { imeiCheckDigit } from '../../shared/devices/index.js';
import type { OrderStatus } from '../../shared/orders/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import type { ServiceContext } from '../platform/context.js';
import { demandLoaner, issueLoaner, saveLoaner } from '../loans/index.js';
import { assignOrder, createOrder, setOrderLines, transitionOrder } from '../orders/index.js';
import { updateSettings } from '../settings/index.js';
import { createStaff } from '../staff/index.js';
import { callerOf } from '../platform/context.js';
import { changeContext } from '../platform/store/audit.js';
import { loadPartsDemo } from '../parts/index.js';

const DAY = 86_400_000;

interface DemoOrder {
  customer: { name: string; phone: string; email?: string };
  device: { category: string; brand: string; model: string; serial?: string; imeiBody?: string; purchased: number };
  defect: string;
  accessories: string[];
  daysAgo: number;
  promisedIn: number;
  estimate: number;
  basis: 'manufacturer' | 'paid' | 'statutory';
  path: OrderStatus[];
}

/** Customers and devices in the three languages the workshop works in, at every stage of a repair. */
const DEMO_ORDERS: DemoOrder[] = [
  {
    customer: { name: 'דנה כהן', phone: '+972 52-555-0101' },
    device: { category: 'Smartphone', brand: 'Samsung', model: 'Galaxy S23', imeiBody: '35290611123456', purchased: 300 },
    defect: 'המסך מהבהב ולא נטען (Galaxy S23, 2 חודשים)',
    accessories: ['כבל USB-C'],
    daysAgo: 9,
    promisedIn: 5,
    estimate: 0,
    basis: 'manufacturer',
    path: ['diagnosing', 'awaiting_parts'],
  },
  {
    customer: { name: 'Иван Петров', phone: '+7 912 555-01-02', email: 'ivan@example.ru' },
    device: { category: 'Washing machine', brand: 'Bosch', model: 'WAN28281', serial: 'FD9807-123456', purchased: 500 },
    defect: 'Не сливает воду, ошибка E18',
    accessories: [],
    daysAgo: 6,
    promisedIn: 3,
    estimate: 450000,
    basis: 'statutory',
    path: ['diagnosing', 'in_repair'],
  },
  {
    customer: { name: 'Emily Clarke', phone: '+44 20 7946 0958', email: 'emily@example.co.uk' },
    device: { category: 'Laptop', brand: 'Lenovo', model: 'ThinkPad T14 Gen 4', serial: 'PF3ABC12', purchased: 800 },
    defect: 'Keyboard: several keys do not respond after a spill',
    accessories: ['Charger 65 W', 'Bag'],
    daysAgo: 2,
    promisedIn: 5,
    estimate: 18000,
    basis: 'paid',
    path: ['diagnosing', 'awaiting_approval'],
  },
  {
    customer: { name: 'יוסי לוי', phone: '054-555-0133' },
    device: { category: 'Smartphone', brand: 'Apple', model: 'iPhone 14', imeiBody: '35391711987654', purchased: 200 },
    defect: 'הסוללה מתרוקנת תוך 3 שעות',
    accessories: [],
    daysAgo: 4,
    promisedIn: 1,
    estimate: 0,
    basis: 'manufacturer',
    path: ['diagnosing', 'in_repair', 'ready'],
  },
  {
    customer: { name: 'Ольга Смирнова', phone: '+7 903 555-44-11' },
    device: { category: 'Coffee machine', brand: "De'Longhi", model: 'Magnifica S ECAM22.110', serial: 'DL22110-7788', purchased: 420 },
    defect: 'Протекает вода под поддоном',
    accessories: ['Поддон', 'Контейнер для воды'],
    daysAgo: 1,
    promisedIn: 10,
    estimate: 300000,
    basis: 'paid',
    path: [],
  },
  {
    customer: { name: 'Daniel Moreau', phone: '+33 1 55 55 01 44' },
    device: { category: 'Tablet', brand: 'Apple', model: 'iPad Air (M2)', serial: 'DMPX1234ABCD', purchased: 90 },
    defect: 'Cracked screen after a drop',
    accessories: ['Case'],
    daysAgo: 12,
    promisedIn: 7,
    estimate: 32000,
    basis: 'paid',
    path: ['diagnosing', 'in_repair', 'ready', 'issued'],
  },
  {
    customer: { name: 'מיכל אברהם', phone: '050-555-0177' },
    device: { category: 'Vacuum cleaner', brand: 'Dyson', model: 'V15 Detect', serial: 'SV22-IL-55501', purchased: 150 },
    defect: 'המנוע נכבה אחרי דקה',
    accessories: ['מטען', 'ראש ניקוי'],
    daysAgo: 0,
    promisedIn: 14,
    estimate: 0,
    basis: 'manufacturer',
    path: [],
  },
];

/** Every demo staff member signs in with this PIN (the first-run screen says so). */
export const DEMO_PIN = '1234';

/**
 * Fills an empty store with staff, a workshop profile and orders at every stage, through the same service functions
 * the handlers call: everything is the demo manager's doing (the technician's where a technician works).
 */
export function demoHandlers(ctx: ServiceContext): Pick<Handlers, 'app.loadDemo'> {
  return {
    'app.loadDemo': async () => {
      if (ctx.store.setUp || ctx.store.staff.size > 0 || ctx.store.orders.size > 0) {
        throw new DomainError('conflict', 'Demo data can only be loaded into an empty data folder.');
      }
      const manager = callerOf(await createStaff(ctx, undefined, { name: 'Sarah Cohen', role: 'manager', pin: DEMO_PIN }));
      // Everything else the demo makes is the demo manager's doing, in the audit log too.
      const request = changeContext.getStore();
      if (request) request.actorId = manager.id;
      const technician = callerOf(await createStaff(ctx, manager, { name: 'Алексей Смирнов', role: 'technician', pin: DEMO_PIN }));
      await createStaff(ctx, manager, { name: 'נועה פרץ', role: 'clerk', pin: DEMO_PIN });
      await createStaff(ctx, manager, { name: 'Tom Becker', role: 'technician', pin: DEMO_PIN });

      await updateSettings(ctx, manager, {
        workshop: {
          name: 'FixPoint Service Centre',
          legalName: 'FixPoint Ltd.',
          taxId: '515123456',
          address: '12 Herzl St., Tel Aviv',
          phone: '+972 3-555-0100',
          email: 'service@fixpoint.example',
          signatory: 'Sarah Cohen, service manager',
        },
        ruleProfile: 'il',
        currency: 'ILS',
      });

      const today = ctx.now().getTime();
      for (const demo of [...DEMO_ORDERS].sort((a, b) => b.daysAgo - a.daysAgo)) {
        const at = (offsetDays: number) => () => new Date(today - demo.daysAgo * DAY + offsetDays * 3_600_000);
        const { device: d } = demo;
        const view = await createOrder({ ...ctx, now: at(0) }, manager, {
          customer: { kind: 'person', name: demo.customer.name, phones: [demo.customer.phone], email: demo.customer.email },
          device: {
            category: d.category,
            brand: d.brand,
            model: d.model,
            serial: d.serial,
            imei: d.imeiBody ? d.imeiBody + imeiCheckDigit(d.imeiBody) : undefined,
            purchaseDate: new Date(today - d.purchased * DAY).toISOString().slice(0, 10),
            warrantyMonths: 12,
          },
          intake: {
            statedDefect: demo.defect,
            accessories: demo.accessories,
            appearance: 'Used, minor scratches',
            demand: 'repair',
            warrantyBasis: demo.basis,
            estimate: demo.estimate || undefined,
            promisedDate: new Date(today + (demo.promisedIn - demo.daysAgo) * DAY).toISOString().slice(0, 10),
            loanerDemanded: false,
          },
        });
        await assignOrder({ ...ctx, now: at(0) }, manager, { id: view.order.id, technicianId: technician.id });
        let hour = 1;
        for (const to of demo.path) {
          const step = { ...ctx, now: at(hour++ * 6) };
          if (to === 'in_repair') {
            await setOrderLines(step, technician, {
              id: view.order.id,
              workLines: [{ description: 'Diagnostics and repair', quantity: 1, unitPrice: demo.estimate, warrantyDays: 90 }],
              partLines: [],
            });
          }
          await transitionOrder(step, technician, {
            id: view.order.id,
            to,
            outcome: to === 'issued' ? 'repaired' : undefined,
          });
        }
      }
      const units = [];
      for (const [inventoryNumber, model, value] of [
        ['LN-001', 'Samsung Galaxy A15', 80000],
        ['LN-002', 'Samsung Galaxy A15', 80000],
        ['LN-003', 'Apple iPhone 12 (refurbished)', 150000],
      ] as const) {
        units.push(await saveLoaner(ctx, manager, { inventoryNumber, category: 'Smartphone', model, value, condition: 'Good' }));
      }
      const waiting = ctx.store.orders.all().find((o) => o.status === 'awaiting_parts');
      if (waiting) {
        await demandLoaner(ctx, manager, { orderId: waiting.id });
        await issueLoaner(ctx, manager, {
          orderId: waiting.id,
          unitId: units[0].id,
          dueBack: new Date(today + 10 * DAY).toISOString().slice(0, 10),
          conditionOut: 'Good',
          accessoriesOut: ['Charger'],
          depositTaken: 50000,
        });
      }
      await loadPartsDemo(ctx, manager);
      return { staff: ctx.store.staff.size, customers: ctx.store.customers.size, orders: ctx.store.orders.size };
    },
  };
}
