import { displayPhone, workshopCountry } from '../../shared/customers/index.js';
import { useSession } from '../session/index.js';

/** Phones as the clerk reads them: national format for the workshop's country, international for others. */
export function usePhoneFormat(): (stored: string) => string {
  const settings = useSession((s) => s.settings);
  const country = settings ? workshopCountry(settings) : undefined;
  return (stored) => displayPhone(stored, country);
}

/** A customer's phones, left to right inside any text direction. */
export function Phones({ phones }: { phones: readonly string[] }) {
  const format = usePhoneFormat();
  return <span dir="ltr">{phones.map(format).join(', ')}</span>;
}
