/** IMEI: 15 digits, the last one a Luhn check digit over the first 14. */
export function isValidImei(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let digit = Number(value[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Why an IMEI is refused, as a field error code, or null when it is valid. */
export function imeiProblem(value: string): 'imei_length' | 'imei_checksum' | null {
  if (!/^\d{15}$/.test(value)) return 'imei_length';
  return isValidImei(value) ? null : 'imei_checksum';
}

/** The Luhn check digit that completes a 14-digit IMEI body. */
export function imeiCheckDigit(body14: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (isValidImei(`${body14}${digit}`)) return String(digit);
  }
  throw new Error(`Not a 14-digit IMEI body: ${body14}`);
}
