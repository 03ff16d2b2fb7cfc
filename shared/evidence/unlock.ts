/** What protects the customer's device: a PIN, a password or a pattern drawn on a 3×3 grid of dots. */
export const UNLOCK_KINDS = ['pin', 'password', 'pattern'] as const;
export type UnlockKind = (typeof UNLOCK_KINDS)[number];

/**
 * A pattern as the dots it passes, numbered 1-9 row by row from the top left ("1-5-9-6"): at least 4 dots, each
 * once, each step to a dot next to the last one or over a dot already passed (as phones allow).
 */
export function patternProblem(value: string): 'invalid_pattern' | undefined {
  const dots = value.split('-').map(Number);
  if (dots.length < 4 || dots.length > 9) return 'invalid_pattern';
  if (dots.some((d) => !Number.isInteger(d) || d < 1 || d > 9) || new Set(dots).size !== dots.length) return 'invalid_pattern';
  for (let i = 1; i < dots.length; i++) {
    const between = passedOver(dots[i - 1], dots[i]);
    if (between !== undefined && !dots.slice(0, i).includes(between)) return 'invalid_pattern';
  }
  return undefined;
}

/** The dot a straight step from one dot to another passes over (1 → 3 passes 2), if any. */
function passedOver(from: number, to: number): number | undefined {
  const [r1, c1, r2, c2] = [Math.floor((from - 1) / 3), (from - 1) % 3, Math.floor((to - 1) / 3), (to - 1) % 3];
  if ((r1 + r2) % 2 || (c1 + c2) % 2) return undefined;
  const middle = ((r1 + r2) / 2) * 3 + (c1 + c2) / 2 + 1;
  return middle === from || middle === to ? undefined : middle;
}

/** Why an unlock code of a kind is refused, or undefined: a PIN is 4-16 digits, a password 1-64 characters. */
export function unlockProblem(kind: UnlockKind, value: string): 'invalid_pin' | 'invalid_pattern' | 'too_long' | 'required' | undefined {
  if (!value) return 'required';
  if (kind === 'pin') return /^\d{4,16}$/.test(value) ? undefined : 'invalid_pin';
  if (kind === 'pattern') return patternProblem(value);
  return value.length > 64 ? 'too_long' : undefined;
}
