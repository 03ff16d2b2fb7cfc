import { DomainError } from '../../shared/platform/result.js';
import type { ChannelOutput, ChannelParsedInput } from '../../shared/channels.js';
import { MAX_GENERATED, scheduleDays } from '../../shared/contracts/schedule.js';
import type { Contract } from '../../shared/contracts/schemas.js';
import { addMinutes, type Visit } from '../../shared/visits/index.js';
import { type Caller, type ServiceContext, nowIso, requireRole } from '../platform/context.js';
import { today } from '../rules/index.js';
import { getContract, visitsOfContract } from './contracts.js';

/** A preview lists this many of the visits it counts. */
const PREVIEW_ROWS = 500;

/**
 * The planned maintenance the schedules call for from today up to `until` that is not on the calendar yet (each
 * schedule day once: a second run adds nothing), previewed or written. More than MAX_GENERATED at once is refused
 * at the field, before anything is written. The caller holds the store's lock.
 */
export async function planMaintenance(ctx: ServiceContext, caller: Caller, { contractIds, until }: ChannelParsedInput<'contracts.plan'>, write: boolean): Promise<ChannelOutput<'contracts.plan'>> {
  requireRole(ctx, caller, 'contracts.manage');
  const { store } = ctx;
  const from = today(ctx);
  if (until < from) throw new DomainError('validation', 'The day is in the past.', { until: 'before_today' });
  const contracts: Contract[] = contractIds?.length
    ? contractIds.map((id, i) => getContract(ctx, id, `contractIds.${i}`))
    : store.contracts.all().filter((c) => c.endsOn >= from && c.startsOn <= until);
  const wanted: Array<{ contract: Contract; day: string }> = [];
  for (const contract of contracts) {
    const done = new Set(visitsOfContract(ctx, contract.id).flatMap((v) => (v.plannedFor ? [v.plannedFor] : [])));
    for (const day of scheduleDays(contract, from, until)) if (!done.has(day)) wanted.push({ contract, day });
    if (wanted.length > MAX_GENERATED) {
      throw new DomainError('validation', `The schedules call for more than ${MAX_GENERATED} visits up to ${until}: plan a shorter stretch.`, { until: 'too_many_visits' });
    }
  }
  const rows = wanted.map(({ contract, day }) => {
    const start = `${day}T${contract.visitTime}`;
    return { contract, day, start, end: addMinutes(start, contract.visitMinutes) };
  });
  const listed = rows.slice(0, write ? rows.length : PREVIEW_ROWS).map(({ contract, day, start, end }) => ({
    contractId: contract.id,
    contractNumber: contract.number,
    customerName: store.customers.get(contract.customerId)?.name ?? '',
    day,
    start,
    end,
    technicianId: contract.technicianId,
  }));
  if (!write || !rows.length) return { visits: listed, count: rows.length, created: 0, limit: MAX_GENERATED };

  const at = nowIso(ctx);
  // The numbers follow the next free one; they count as used once the batch is written (none skipped on a failure).
  const first = ctx.sequences.next('V', ctx.now().getUTCFullYear(), () => store.visits.all().map((v) => v.number));
  const cut = first.lastIndexOf('-') + 1;
  const numberAt = (i: number) => `${first.slice(0, cut)}${String(Number(first.slice(cut)) + i).padStart(5, '0')}`;
  const visits: Visit[] = [];
  for (const [i, { contract, day, start, end }] of rows.entries()) {
    const number = numberAt(i);
    visits.push({
      id: ctx.newId(),
      number,
      kind: 'maintenance',
      state: 'planned',
      customerId: contract.customerId,
      address: contract.address,
      deviceIds: contract.deviceIds,
      start,
      end,
      technicianIds: contract.technicianId ? [contract.technicianId] : [],
      travelMinutes: 0,
      contractId: contract.id,
      plannedFor: day,
      workLines: [],
      partLines: [],
      createdAt: at,
      createdBy: caller.id,
      updatedAt: at,
      updatedBy: caller.id,
    });
  }
  // One batch: the whole plan is on the calendar, or (a failed write) none of it, and a retry plans it again.
  await store.visits.applyBatch(visits, []);
  ctx.sequences.commit(visits.at(-1)!.number);
  return { visits: listed, count: rows.length, created: visits.length, limit: MAX_GENERATED };
}
