/** Search keys: what a clerk types (or a scanner sends) is normalised the same way as what is stored. */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '');
}

export function textKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

export function serialKey(serial: string): string {
  return serial.replace(/[\s-]/g, '').toUpperCase();
}
