import type { Language } from '../../shared/platform/common.js';
import type { Device } from '../../shared/devices/index.js';
import type { PdfWriter } from '../platform/pdf/pdfWriter.js';

/** Printed labels of the warranty certificate and the warranty void notice, per document language. */
export const WARRANTY_TEXTS = {
  en: {
    certificate: 'Warranty certificate',
    repairCertificate: 'Warranty certificate for a repair',
    voidNotice: 'Notice of warranty void',
    number: 'No.',
    date: 'Date',
    order: 'Repair order',
    owner: 'Owner',
    device: 'Device',
    brandModel: 'Brand and model',
    serial: 'Serial number',
    imei: 'IMEI',
    purchase: 'Purchase date',
    seller: 'Seller',
    purchaseDocument: 'Purchase document',
    warranty: 'Warranty',
    period: 'Warranty period',
    months: (n: number) => `${n} months`,
    start: 'Warranty starts',
    end: 'Warranty ends',
    basis: 'Basis of the end date',
    extended: 'Extended warranty until',
    contract: 'Contract',
    repair: 'Repair',
    handedBack: 'Handed back',
    work: 'Work done',
    parts: 'Parts replaced',
    line: 'Work or part',
    days: 'Warranty, days',
    until: 'Under warranty until',
    terms: 'Terms and exclusions',
    defaultTerms:
      'The warranty covers defects in materials and workmanship. It does not cover damage caused by impact, liquid, ' +
      'improper use, unauthorised repair or modification, or normal wear. Keep this certificate with the purchase document.',
    repairTerms:
      'The warranty covers the work done and the parts replaced in this repair, each for the period shown, from the day ' +
      'the device was handed back. Other defects are not covered by this certificate.',
    reason: 'Reason',
    note: 'Details and evidence',
    voidedAt: 'Decided on',
    voidedBy: 'Decided by',
    voidText:
      'The warranty on the device below is void for the reason stated. Repairs of this device will be charged. ' +
      'The customer may dispute this decision and request an independent examination.',
    signatures: 'Signatures',
    customer: 'Customer',
    workshop: 'Workshop',
    reasons: {
      tampering: 'Tampering',
      unauthorized_repair: 'Unauthorised repair',
      physical_damage: 'Physical damage',
      liquid_damage: 'Liquid damage',
      serial_removed: 'Serial number removed',
      misuse: 'Misuse',
      other: 'Other',
    },
  },
  ru: {
    certificate: 'Гарантийный талон',
    repairCertificate: 'Гарантийный талон на ремонт',
    voidNotice: 'Уведомление о снятии с гарантии',
    number: '№',
    date: 'Дата',
    order: 'Заказ-наряд',
    owner: 'Владелец',
    device: 'Изделие',
    brandModel: 'Марка и модель',
    serial: 'Серийный номер',
    imei: 'IMEI',
    purchase: 'Дата покупки',
    seller: 'Продавец',
    purchaseDocument: 'Документ о покупке',
    warranty: 'Гарантия',
    period: 'Гарантийный срок',
    months: (n: number) => `${n} мес.`,
    start: 'Начало гарантии',
    end: 'Окончание гарантии',
    basis: 'Расчёт даты окончания',
    extended: 'Расширенная гарантия до',
    contract: 'Договор',
    repair: 'Ремонт',
    handedBack: 'Выдано',
    work: 'Выполненные работы',
    parts: 'Заменённые детали',
    line: 'Работа или деталь',
    days: 'Гарантия, дней',
    until: 'Гарантия до',
    terms: 'Условия и исключения',
    defaultTerms:
      'Гарантия распространяется на дефекты материалов и изготовления. Гарантия не распространяется на повреждения от ударов, ' +
      'жидкости, нарушения правил эксплуатации, ремонта или переделки вне сервиса и на естественный износ. Храните талон вместе с документом о покупке.',
    repairTerms:
      'Гарантия распространяется на выполненные работы и заменённые детали этого ремонта, на указанный срок, со дня выдачи изделия. ' +
      'Иные неисправности этим талоном не покрываются.',
    reason: 'Причина',
    note: 'Описание и доказательства',
    voidedAt: 'Дата решения',
    voidedBy: 'Решение принял',
    voidText:
      'Гарантия на указанное ниже изделие прекращена по приведённой причине. Ремонт изделия будет платным. ' +
      'Клиент вправе оспорить решение и потребовать проведения независимой экспертизы.',
    signatures: 'Подписи',
    customer: 'Клиент',
    workshop: 'Сервис',
    reasons: {
      tampering: 'Вскрытие',
      unauthorized_repair: 'Ремонт вне сервиса',
      physical_damage: 'Механические повреждения',
      liquid_damage: 'Попадание жидкости',
      serial_removed: 'Удалён серийный номер',
      misuse: 'Нарушение правил эксплуатации',
      other: 'Другое',
    },
  },
  he: {
    certificate: 'תעודת אחריות',
    repairCertificate: 'תעודת אחריות לתיקון',
    voidNotice: 'הודעה על ביטול אחריות',
    number: 'מס׳',
    date: 'תאריך',
    order: 'הזמנת תיקון',
    owner: 'בעלים',
    device: 'מוצר',
    brandModel: 'יצרן ודגם',
    serial: 'מספר סידורי',
    imei: 'IMEI',
    purchase: 'תאריך רכישה',
    seller: 'מוכר',
    purchaseDocument: 'מסמך רכישה',
    warranty: 'אחריות',
    period: 'תקופת האחריות',
    months: (n: number) => `${n} חודשים`,
    start: 'תחילת האחריות',
    end: 'סוף האחריות',
    basis: 'חישוב מועד הסיום',
    extended: 'אחריות מורחבת עד',
    contract: 'חוזה',
    repair: 'תיקון',
    handedBack: 'נמסר',
    work: 'עבודות שבוצעו',
    parts: 'חלקים שהוחלפו',
    line: 'עבודה או חלק',
    days: 'אחריות, ימים',
    until: 'באחריות עד',
    terms: 'תנאים וחריגים',
    defaultTerms:
      'האחריות חלה על פגמים בחומרים ובייצור. האחריות אינה חלה על נזק שנגרם ממכה, מנוזלים, משימוש לא נכון, מתיקון או שינוי ' +
      'שלא על ידי מעבדה מורשית, או מבלאי רגיל. יש לשמור תעודה זו יחד עם מסמך הרכישה.',
    repairTerms:
      'האחריות חלה על העבודות שבוצעו ועל החלקים שהוחלפו בתיקון זה, לתקופה המצוינת, מיום מסירת המוצר. פגמים אחרים אינם מכוסים בתעודה זו.',
    reason: 'סיבה',
    note: 'פירוט וראיות',
    voidedAt: 'תאריך ההחלטה',
    voidedBy: 'ההחלטה התקבלה על ידי',
    voidText:
      'האחריות על המוצר שלהלן בוטלה מהסיבה המצוינת. תיקוני המוצר יחויבו בתשלום. הלקוח רשאי לערער על ההחלטה ולבקש בדיקה של מומחה בלתי תלוי.',
    signatures: 'חתימות',
    customer: 'הלקוח',
    workshop: 'המעבדה',
    reasons: {
      tampering: 'פתיחה / חבלה',
      unauthorized_repair: 'תיקון לא מורשה',
      physical_damage: 'נזק פיזי',
      liquid_damage: 'חדירת נוזלים',
      serial_removed: 'מספר סידורי הוסר',
      misuse: 'שימוש לא נכון',
      other: 'אחר',
    },
  },
} satisfies Record<Language, unknown>;

type Texts = (typeof WARRANTY_TEXTS)['en'];

/** The unit and its owner, as the certificate and the void notice print them. */
export function unitSection(
  w: PdfWriter,
  t: Texts,
  unit: { device: Device; owner: { name: string } },
  date: (iso: string) => string,
): void {
  const { device, owner } = unit;
  w.heading(t.device);
  w.field(t.owner, owner.name);
  w.field(t.brandModel, `${device.brand} ${device.model}`);
  if (device.serial) w.field(t.serial, device.serial);
  if (device.imei) w.field(t.imei, device.imei);
  if (device.purchaseDate) w.field(t.purchase, date(device.purchaseDate));
  if (device.seller) w.field(t.seller, device.seller);
  if (device.purchaseDocument) w.field(t.purchaseDocument, device.purchaseDocument);
}
