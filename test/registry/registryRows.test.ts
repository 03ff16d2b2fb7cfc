import { describe, expect, it } from 'vitest';
import { parseRegistryDate, readRegistryRow, REGISTRY_FIELDS, suggestMapping } from '../../shared/registry/registry.js';

/** Reading one row of a sales registry (a dealer's CSV or XLSX): each problem is named by its field. */
const today = '2026-03-10';
const mapping = { serial: 0, brand: 1, model: 2, purchaseDate: 3, warrantyMonths: 4 };
const row = (cells: Array<string | number | Date | null | undefined>, map: Record<string, number> = mapping) => readRegistryRow(cells, map, 2, today);

describe('purchase dates in a registry', () => {
  it('a purchase date after today is refused as in the future; today itself is accepted', () => {
    expect(row(['SN1', 'Bosch', 'WAN28', '2026-03-11', '24']).errors).toEqual({ purchaseDate: 'in_future' });
    expect(row(['SN1', 'Bosch', 'WAN28', '10.03.2026', '24'])).toMatchObject({ errors: {}, values: { purchaseDate: '2026-03-10' } });
  });

  it('a year before 1980 or after 2100 is refused, in every form a registry writes a date', () => {
    expect(parseRegistryDate('31.12.1979')).toBeNull();
    expect(parseRegistryDate('1979-12-31')).toBeNull();
    expect(parseRegistryDate('01.01.1980')).toBe('1980-01-01');
    expect(parseRegistryDate('31/12/2100')).toBe('2100-12-31');
    expect(parseRegistryDate('2101-01-01')).toBeNull();
    // Excel serial days: 29220 is 31.12.1979, 29221 is 1.1.1980; a date cell of 1975 likewise.
    expect(parseRegistryDate(29220)).toBeNull();
    expect(parseRegistryDate(29221)).toBe('1980-01-01');
    expect(parseRegistryDate('29220')).toBeNull();
    expect(parseRegistryDate('29221')).toBe('1980-01-01');
    expect(parseRegistryDate(new Date('1975-06-01T00:00:00Z'))).toBeNull();
    expect(parseRegistryDate(new Date('2025-06-01T00:00:00Z'))).toBe('2025-06-01');
    expect(row(['SN1', 'Bosch', 'WAN28', 27000, '24']).errors).toEqual({ purchaseDate: 'invalid_date' });
  });

  it('an Excel serial day keeps its date whatever the time of day in it, and numbers that are no dates are refused', () => {
    expect(parseRegistryDate(46053.75)).toBe('2026-01-31');
    expect(parseRegistryDate(12)).toBeNull();
    expect(parseRegistryDate(1e12)).toBeNull();
    expect(parseRegistryDate(new Date(Number.NaN))).toBeNull();
  });

  it('a day or month that does not exist is refused, and single-digit days and months are read', () => {
    expect(parseRegistryDate('2026-13-01')).toBeNull();
    expect(parseRegistryDate('2026-00-10')).toBeNull();
    expect(parseRegistryDate('2026-04-31')).toBeNull();
    expect(parseRegistryDate('00.04.2026')).toBeNull();
    expect(parseRegistryDate('2026-4-3')).toBe('2026-04-03');
    expect(parseRegistryDate('3.4.2026')).toBe('2026-04-03');
    expect(parseRegistryDate(' 03.04.2026 ')).toBe('2026-04-03');
    expect(parseRegistryDate('03-04-2026')).toBeNull();
    expect(parseRegistryDate('2026-04-03 10:00')).toBeNull();
    expect(parseRegistryDate(null)).toBeNull();
  });

  it('a date is the whole cell: text before or after it makes it no date', () => {
    for (const text of ['x2026-04-03', '2026-04-03x', 'x03.04.2026', '03.04.2026x', 'a46053', '46053x', '460531']) expect(parseRegistryDate(text), text).toBeNull();
    expect(parseRegistryDate(-1e12)).toBeNull();
  });

  it('an empty date cell is no error: the unit simply has no purchase date', () => {
    for (const empty of ['', '   ', null, undefined]) {
      const read = row(['SN1', 'Bosch', 'WAN28', empty, '24']);
      expect(read.errors).toEqual({});
      expect(read.values.purchaseDate).toBeUndefined();
    }
  });
});

describe('warranty months in a registry', () => {
  it('absurd warranty months are refused: negative, fractional, more than 20 years, or not a number', () => {
    for (const months of ['-1', '12.5', '241', 'twelve', '1e3']) {
      expect(row(['SN1', 'Bosch', 'WAN28', '', months]).errors, months).toEqual({ warrantyMonths: 'invalid_number' });
    }
  });

  it('0 to 240 whole months are read, with a decimal comma too', () => {
    expect(row(['SN1', 'Bosch', 'WAN28', '', '0']).values.warrantyMonthsNumber).toBe(0);
    expect(row(['SN1', 'Bosch', 'WAN28', '', '240']).values.warrantyMonthsNumber).toBe(240);
    expect(row(['SN1', 'Bosch', 'WAN28', '', '24,0'])).toMatchObject({ errors: {}, values: { warrantyMonths: '24,0', warrantyMonthsNumber: 24 } });
    expect(row(['SN1', 'Bosch', 'WAN28', '', 36])).toMatchObject({ errors: {}, values: { warrantyMonthsNumber: 36 } });
  });
});

describe('the unit of a registry row', () => {
  it('a mapping past the last cell of a short row reads the missing cells as empty and names what is missing', () => {
    const short = row(['SN1'], { serial: 0, brand: 5, model: 6, purchaseDate: 7 });
    expect(short.errors).toEqual({ brand: 'required', model: 'required' });
    expect(short.values).toEqual({ serial: 'SN1' });
  });

  it('needs a serial or an IMEI, a brand and a model', () => {
    expect(row(['', '', '', '', '']).errors).toEqual({ serial: 'serial_or_imei', brand: 'required', model: 'required' });
  });

  it('is known by its IMEI when it has a valid one, else by its brand and serial number', () => {
    const map = { serial: 0, brand: 1, model: 2, imei: 3 };
    expect(row(['FD-98 07', 'Samsung', 'S23', '49015 42032-37518'], map)).toMatchObject({ errors: {}, key: 'imei:490154203237518', values: { imei: '490154203237518' } });
    const badImei = row(['FD-98 07', 'Samsung', 'S23', '490154203237519'], map);
    expect(badImei.errors).toEqual({ imei: 'imei_checksum' });
    expect(badImei.key).toBe('sn:samsung:FD9807');
    expect(row(['fd9807', 'SAMSUNG', 'S23'], map).key).toBe('sn:samsung:FD9807');
    expect(row(['', 'Samsung', 'S23', '49015420323751'], map)).toMatchObject({ errors: { imei: 'imei_length' }, key: undefined });
  });

  it('an IMEI alone identifies a unit without a serial number', () => {
    const read = row(['', 'Samsung', 'S23', '490154203237518'], { serial: 0, brand: 1, model: 2, imei: 3 });
    expect(read.errors).toEqual({});
    expect(read.key).toBe('imei:490154203237518');
  });

  it('text is trimmed, inner runs of white space made one, cut at 200 characters; a date cell in a text field is its date', () => {
    const read = readRegistryRow(['  SN  1 ', 'Bosch', 'W'.repeat(250), new Date('2025-06-01T00:00:00Z')], { serial: 0, brand: 1, model: 2, seller: 3 }, 7, today);
    expect(read.line).toBe(7);
    expect(read.values).toEqual({ serial: 'SN 1', brand: 'Bosch', model: 'W'.repeat(200), seller: '2025-06-01' });
  });
});

/** The header words registries use for each field, in English, Russian and Hebrew. */
const HEADERS: Record<string, string[]> = {
  serial: ['serial', 'serial number', 's/n', 'sn', 'серийный номер', 'серийный', 'заводской номер', 'מספר סידורי', 'מס סידורי', 'מס׳ סידורי'],
  imei: ['imei', 'imei1', 'имей'],
  brand: ['brand', 'make', 'manufacturer', 'марка', 'бренд', 'производитель', 'יצרן', 'מותג'],
  model: ['model', 'модель', 'דגם'],
  category: ['category', 'type', 'product type', 'категория', 'тип', 'вид изделия', 'סוג', 'קטגוריה'],
  purchaseDate: ['purchase date', 'sale date', 'date of sale', 'sold', 'date', 'дата продажи', 'дата покупки', 'дата', 'תאריך רכישה', 'תאריך מכירה', 'תאריך'],
  warrantyMonths: ['warranty', 'warranty months', 'warranty (months)', 'гарантия', 'гарантия, мес', 'гарантия (мес.)', 'срок гарантии', 'אחריות', 'חודשי אחריות'],
  seller: ['seller', 'dealer', 'shop', 'store', 'продавец', 'дилер', 'магазин', 'מוכר', 'משווק', 'חנות'],
  purchaseDocument: ['invoice', 'receipt', 'document', 'invoice number', 'чек', 'накладная', 'документ', 'номер чека', 'חשבונית', 'קבלה'],
  customerName: ['customer', 'buyer', 'customer name', 'name', 'покупатель', 'клиент', 'фио', 'לקוח', 'שם הלקוח', 'שם'],
  customerPhone: ['phone', 'telephone', 'mobile', 'телефон', 'тел', 'טלפון', 'נייד'],
  customerEmail: ['email', 'e-mail', 'эл. почта', 'почта', 'דוא״ל', 'דואל', 'אימייל'],
};

describe('the suggested mapping', () => {
  it.each(Object.entries(HEADERS).flatMap(([field, words]) => words.map((word) => [word, field])))('the header "%s" is taken for %s', (word, field) => {
    expect(suggestMapping(['Colour', word.toUpperCase()])).toEqual({ [field]: 1 });
  });

  it('an empty header is no field, and a header is compared whole, not by its words', () => {
    expect(suggestMapping(['', ' '])).toEqual({});
    expect(suggestMapping(['SerialNumber', 'Phone number', 'Model year'])).toEqual({});
  });

  it('runs of spaces, underscores, dots and colons in a header count as one space', () => {
    expect(suggestMapping(['Warranty  months', 'Purchase_._date', 'Customer:  name'])).toEqual({ warrantyMonths: 0, purchaseDate: 1, customerName: 2 });
  });

  it('maps every field from its usual header, in any case, with underscores, dots or quotes', () => {
    const headers = ['Serial_Number', 'IMEI', 'MAKE', 'Model', 'Product type', 'Date of sale', 'Warranty (months)', 'Dealer', 'Invoice No.', 'Customer name', 'Mobile', 'E-mail'];
    const expected = Object.fromEntries(REGISTRY_FIELDS.map((field, i) => [field, i]));
    expect(suggestMapping(headers.map((h) => h.replace('Invoice No.', 'Invoice number')))).toEqual(expected);
    expect(suggestMapping(['"Serial"', 'brand.', ' model '])).toEqual({ serial: 0, brand: 1, model: 2 });
  });

  it('gives each column to one field only, and leaves unknown headers unmapped', () => {
    expect(suggestMapping(['Date', 'Date', 'Colour'])).toEqual({ purchaseDate: 0 });
    expect(suggestMapping(['Name', 'Customer'])).toEqual({ customerName: 0 });
  });

  it('reads Russian and Hebrew headers, with the Hebrew geresh or without it', () => {
    expect(suggestMapping(['Серийный номер', 'Марка', 'Модель', 'Дата продажи', 'Гарантия, мес'])).toEqual({ serial: 0, brand: 1, model: 2, purchaseDate: 3, warrantyMonths: 4 });
    expect(suggestMapping(['מס׳ סידורי', 'יצרן', 'דגם', 'דוא״ל'])).toEqual({ serial: 0, brand: 1, model: 2, customerEmail: 3 });
  });
});
