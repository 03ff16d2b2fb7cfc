import { z } from 'zod';
import type { ProfileId } from '../rules/index.js';
import type { WorkshopProfile } from './schemas.js';

/** What a new workshop sets up before its first day, in the order a manager does it. */
export const SETUP_STEPS = ['workshop', 'rules', 'staff', 'loaners', 'prices'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** What the data says about each step; nothing of it is a stored "done" flag. */
export interface SetupFacts {
  workshop: WorkshopProfile;
  ruleProfile: ProfileId;
  ruleOverrides: Record<string, unknown>;
  /** Active staff members, the first manager included. */
  activeStaff: number;
  /** Loaner units in the pool, in any state. */
  loaners: number;
  /** Active labour operations with a price. */
  pricedOperations: number;
}

const filled = (value: string | undefined) => Boolean(value?.trim());

/**
 * Which steps are done: the workshop profile has what every letterhead needs (name, address, phone); a rule
 * profile of a country is chosen, or the workshop's own numbers are set; someone works beside the first manager;
 * the loaner pool holds a unit; the price list prices a labour operation.
 */
export function setupChecklist(facts: SetupFacts): Array<{ step: SetupStep; done: boolean }> {
  const done: Record<SetupStep, boolean> = {
    workshop: filled(facts.workshop.name) && filled(facts.workshop.address) && filled(facts.workshop.phone),
    rules: facts.ruleProfile !== 'custom' || Object.values(facts.ruleOverrides).some((value) => value !== undefined),
    staff: facts.activeStaff > 1,
    loaners: facts.loaners > 0,
    prices: facts.pricedOperations > 0,
  };
  return SETUP_STEPS.map((step) => ({ step, done: done[step] }));
}

export const SetupOutput = z.object({
  steps: z.array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean() })),
  /** A manager put the checklist away for this workshop. */
  dismissed: z.boolean(),
});
export type SetupOutput = z.infer<typeof SetupOutput>;
