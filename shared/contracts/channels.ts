import { z } from 'zod';
import { ContractDashboard, ContractGetInput, ContractListInput, ContractRow, ContractSaveInput, PlanInput, PlanOutput, RenewInput } from './schemas.js';
import { VisitCard } from '../visits/index.js';

/** The service contracts channels: every name starts with "contracts.". */
export const contractsChannels = {
  'contracts.list': {
    summary: 'Service contracts, soonest ending first: of a customer or in a state (upcoming, active, expiring within 30 days, ended), each with its units and next planned visit.',
    input: ContractListInput,
    output: z.array(ContractRow),
  },
  'contracts.get': {
    summary: 'One service contract with its units and every visit made under it.',
    input: ContractGetInput,
    output: z.object({ contract: ContractRow, visits: z.array(VisitCard) }),
  },
  'contracts.save': {
    summary: "Make or change a service contract (managers): the customer's covered units (at least one), period, response time, what is included, price and the schedule (every N months; at most 60 planned visits over the period).",
    input: ContractSaveInput,
    output: ContractRow,
  },
  'contracts.preview': {
    summary: 'The planned maintenance visits the schedules call for up to a day and that are not on the calendar yet, without writing them (at most 10,000 in one go).',
    input: PlanInput,
    output: PlanOutput,
  },
  'contracts.plan': {
    summary: 'Write the planned maintenance visits the schedules call for up to a day (each schedule day once; at most 10,000 in one go).',
    input: PlanInput,
    output: PlanOutput,
  },
  'contracts.renew': {
    summary: 'Renew a contract: a new contract from the day after it ends, for as long (or for the months given), with the same units and terms (and a new price if given).',
    input: RenewInput,
    output: ContractRow,
  },
  'contracts.dashboard': {
    summary: 'For the dashboard: contracts ending within 30 days (not yet renewed), and planned visits due today or overdue.',
    input: z.strictObject({}),
    output: ContractDashboard,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
