import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/** A phone in international form without the "+" (what wa.me wants), or undefined when it is not a valid number. */
function internationalDigits(phone: string, country?: CountryCode): string | undefined {
  const number = parsePhoneNumberFromString(phone, country ? { defaultCountry: country } : undefined);
  return number?.isValid() ? number.number.slice(1) : undefined;
}

/** A WhatsApp link that opens a chat with the phone, the text prefilled: `https://wa.me/972547771234?text=…`. */
export function whatsAppLink(phone: string, text: string, country?: CountryCode): string | undefined {
  const digits = internationalDigits(phone, country);
  return digits ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : undefined;
}

/** An sms: link (RFC 5724) that opens the phone's or PC's messages app with the text prefilled. */
export function smsLink(phone: string, text: string, country?: CountryCode): string | undefined {
  const digits = internationalDigits(phone, country);
  return digits ? `sms:+${digits}?body=${encodeURIComponent(text)}` : undefined;
}
