import { DomainError } from '../../shared/platform/result.js';
import type { ChannelOutput, ChannelParsedInput } from '../../shared/channels.js';
import type { Contract, ContractRow } from '../../shared/contracts/schemas.js';
import { MAX_PLANNED_PER_CONTRACT, contractState, renewalPeriod, scheduleDays } from '../../shared/contracts/schedule.js';
import type { Visit } from '../../shared/visits/index.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { liveCustomer } from '../customers/index.js';
import { today } from '../rules/index.js';
import { cardOf } from '../visits/index.js';
import { planMaintenance } from './planning.js';

export function getContract(ctx: ServiceContext, id: string, field = 'id'): Contract {
  const contract = ctx.store.contracts.get(id);
  if (!contract) throw new DomainError('not_found', 'No such contract.', { [field]: 'not_found' });
  return contract;
}

/** The visits made under a contract (an index kept in step with every visit save). */
export function visitsOfContract(ctx: ServiceContext, contractId: string): readonly Visit[] {
  return ctx.store.visits.byKey('contract', (v) => (v.contractId ? [v.contractId] : []), contractId);
}

export function contractRow(ctx: ServiceContext, contract: Contract, on = today(ctx)): ContractRow {
  const { store } = ctx;
  const next = visitsOfContract(ctx, contract.id)
    .filter((v) => v.state === 'planned')
    .reduce<string | undefined>((first, v) => (!first || v.start < first ? v.start : first), undefined);
  return {
    ...contract,
    customerName: store.customers.get(contract.customerId)?.name ?? '',
    state: contractState(contract, on),
    units: contract.deviceIds.map((id) => {
      const d = store.devices.get(id);
      return d ? [d.brand, d.model, d.serial ?? d.imei].filter(Boolean).join(' ') : '';
    }),
    nextVisit: next,
    renewalNumber: contract.renewedById ? store.contracts.get(contract.renewedById)?.number : undefined,
  };
}

/** The checks of a contract's terms: the customer's own units, a real technician, a schedule that stays bounded. */
function checkTerms(ctx: ServiceContext, input: Pick<ChannelParsedInput<'contracts.save'>, 'customerId' | 'deviceIds' | 'technicianId' | 'startsOn' | 'endsOn' | 'everyMonths'>): void {
  liveCustomer(ctx, input.customerId, 'customerId');
  input.deviceIds.forEach((id, i) => {
    const device = ctx.store.devices.get(id);
    if (!device) throw new DomainError('validation', 'No such unit.', { [`deviceIds.${i}`]: 'not_found' });
    if (device.ownerId !== input.customerId) throw new DomainError('validation', 'The unit is another customer\'s.', { [`deviceIds.${i}`]: 'other_customer' });
  });
  if (new Set(input.deviceIds).size !== input.deviceIds.length) throw new DomainError('validation', 'A unit is named twice.', { deviceIds: 'duplicate' });
  if (input.technicianId) {
    const member = ctx.store.staff.get(input.technicianId);
    if (!member?.active) throw new DomainError('validation', 'No such staff member.', { technicianId: 'not_found' });
    if (member.role === 'clerk') throw new DomainError('validation', `${member.name} is not a technician.`, { technicianId: 'not_technician' });
  }
  const planned = scheduleDays(input).length;
  if (planned > MAX_PLANNED_PER_CONTRACT) {
    throw new DomainError('validation', `Every ${input.everyMonths} months from ${input.startsOn} to ${input.endsOn} is more than ${MAX_PLANNED_PER_CONTRACT} visits.`, { everyMonths: 'too_many_visits' });
  }
}

export function saveContract(ctx: ServiceContext, caller: Caller, { id, ...input }: ChannelParsedInput<'contracts.save'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'contracts.manage');
    const existing = id ? getContract(ctx, id) : undefined;
    checkTerms(ctx, input);
    const at = nowIso(ctx);
    const fields = { ...input, technicianId: input.technicianId || undefined, notes: input.notes || undefined };
    const saved = existing
      ? await store.contracts.replace({ ...existing, ...fields, updatedAt: at, updatedBy: caller.id })
      : await store.contracts.insert({
          id: ctx.newId(),
          number: ctx.sequences.next('SC', ctx.now().getUTCFullYear(), () => store.contracts.all().map((c) => c.number)),
          ...fields,
          createdAt: at,
          createdBy: caller.id,
          updatedAt: at,
          updatedBy: caller.id,
        });
    if (!existing) ctx.sequences.commit(saved.number);
    return contractRow(ctx, saved);
  });
}

function renewContract(ctx: ServiceContext, caller: Caller, { id, months, price }: ChannelParsedInput<'contracts.renew'>) {
  const { store } = ctx;
  return store.exclusive(async () => {
    requireRole(ctx, caller, 'contracts.manage');
    const contract = getContract(ctx, id);
    if (contract.renewedById) throw new DomainError('conflict', `Contract ${contract.number} is renewed already.`, { id: 'already_fulfilled' });
    const period = renewalPeriod(contract, months);
    checkTerms(ctx, { ...contract, ...period });
    const at = nowIso(ctx);
    const renewal: Contract = {
      ...contract,
      ...period,
      id: ctx.newId(),
      number: ctx.sequences.next('SC', ctx.now().getUTCFullYear(), () => store.contracts.all().map((c) => c.number)),
      price: price ?? contract.price,
      renewsId: contract.id,
      renewedById: undefined,
      createdAt: at,
      createdBy: caller.id,
      updatedAt: at,
      updatedBy: caller.id,
    };
    await store.contracts.insert(renewal);
    ctx.sequences.commit(renewal.number);
    await store.contracts.replace({ ...contract, renewedById: renewal.id, updatedAt: at, updatedBy: caller.id });
    return contractRow(ctx, renewal);
  });
}

function dashboard(ctx: ServiceContext): ChannelOutput<'contracts.dashboard'> {
  const on = today(ctx);
  const expiring = ctx.store.contracts
    .all()
    .filter((c) => !c.renewedById && contractState(c, on) === 'expiring')
    .map((c) => contractRow(ctx, c, on))
    .toSorted((a, b) => a.endsOn.localeCompare(b.endsOn));
  const due = ctx.store.visits
    .byKey('state', (v) => [v.state], 'planned')
    .filter((v) => v.start.slice(0, 10) <= on)
    .toSorted((a, b) => a.start.localeCompare(b.start))
    .slice(0, 50)
    .map((v) => ({ id: v.id, number: v.number, start: v.start, kind: v.kind, customerName: cardOf(ctx, v).customerName }));
  return { expiring, due };
}

type ContractChannels = 'contracts.list' | 'contracts.get' | 'contracts.save' | 'contracts.preview' | 'contracts.plan' | 'contracts.renew' | 'contracts.dashboard';

export function contractHandlers(ctx: ServiceContext): Pick<Handlers, ContractChannels> {
  const { store } = ctx;
  return {
    'contracts.list': ({ customerId, state }) => {
      const on = today(ctx);
      return store.contracts
        .all()
        .filter((c) => !customerId || c.customerId === customerId)
        .map((c) => contractRow(ctx, c, on))
        .filter((row) => !state || row.state === state)
        .toSorted((a, b) => a.endsOn.localeCompare(b.endsOn) || a.number.localeCompare(b.number));
    },
    'contracts.get': ({ id }) => {
      const contract = getContract(ctx, id);
      return {
        contract: contractRow(ctx, contract),
        visits: visitsOfContract(ctx, id)
          .toSorted((a, b) => a.start.localeCompare(b.start))
          .map((v) => cardOf(ctx, v)),
      };
    },
    'contracts.save': (input, caller) => saveContract(ctx, caller, input),
    'contracts.preview': (input, caller) => store.exclusive(async () => planMaintenance(ctx, caller, input, false)),
    'contracts.plan': (input, caller) => store.exclusive(async () => planMaintenance(ctx, caller, input, true)),
    'contracts.renew': (input, caller) => renewContract(ctx, caller, input),
    'contracts.dashboard': () => dashboard(ctx),
  };
}
