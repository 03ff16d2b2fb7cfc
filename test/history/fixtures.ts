import { openBackend, staffedWorkshop, validImei } from '../platform/helpers.js';

export const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

/** A workshop under the Russian profile on 1 June 2026, with a manager, a technician and a clerk. */
export async function workshop() {
  const t = await openBackend({ now: () => new Date('2026-06-01T09:00:00Z') });
  const staff = await staffedWorkshop(t);
  await staff.manager.ok('settings.update', { ruleProfile: 'ru' });
  return { t, ...staff };
}

export const PHONE_IMEI = validImei('35332211000012');

/**
 * A history file written by hand, as a workshop keeps one in a spreadsheet (Russian headers, ";" separators,
 * DD.MM.YYYY dates). Two units, four orders, one order on two rows:
 * - Bosch washing machine BS-1, bought 10.03.2025 with 12 months: repaired under warranty 01.09.2025 → 20.09.2025
 *   (19 days out of use; two rows: a work line and a part line) and 05.01.2026 → 16.01.2026 (11 days), so its
 *   warranty ends 10.03.2026 + 19 + 11 = 09.04.2026 (expired on 01.06.2026, but only because of those 30 days);
 * - Samsung phone (IMEI), bought 01.12.2025 with 12 months: repaired under warranty 02.02.2026 → 27.02.2026
 *   (25 days), and in repair again since 20.05.2026 (12 days so far): 01.12.2026 + 25 + 12 = 07.01.2027. Its owner
 *   is a customer the workshop already has, written with another form of the same phone number;
 * - four bad rows: a date in the future, handed back before received, a negative price, an unknown status.
 */
export const HISTORY_CSV =
  '\ufeffНомер заказа;Принят;Готов;Выдан;Статус;Неисправность;Основание;Мастер;Клиент;Телефон;Марка;Модель;Серийный номер;IMEI;Дата покупки;Гарантия;Работа;Цена работы;Запчасть;Цена запчасти;Оплачено\r\n' +
  'R-101;01.09.2025;15.09.2025;20.09.2025;Выдан;Не включается;Гарантия;Алексей Смирнов;Мария Козлова;+7 903 111-22-33;Bosch;WAN28281;BS-1;;10.03.2025;12;Замена платы управления;0;;;0\r\n' +
  'R-101;;;;;;;;;;;;;;;;;;Плата управления;0;\r\n' +
  'R-102;05.01.2026;14.01.2026;16.01.2026;Выдан;Течёт вода;Гарантия;Пётр Иванов;Мария Козлова;+7 903 111-22-33;Bosch;WAN28281;BS-1;;;;Замена манжеты;0;Манжета люка;0;0\r\n' +
  `R-103;02.02.2026;26.02.2026;27.02.2026;Выдан;Не заряжается;Гарантия;;Иван Петров;8 (912) 555-01-02;Samsung;Galaxy A55;;${PHONE_IMEI};01.12.2025;12;Замена разъёма;0;;;0\r\n` +
  `R-104;20.05.2026;;;В работе;Не заряжается снова;Гарантия;;Иван Петров;8 (912) 555-01-02;Samsung;Galaxy A55;;${PHONE_IMEI};;;;;;;\r\n` +
  'R-201;15.07.2026;;;Принят;Шумит;Платный;;Олег Сидоров;+7 905 000-00-01;LG;F2V5;LG-9;;;;;;;;\r\n' +
  'R-202;10.04.2026;;05.04.2026;Выдан;Не греет;Платный;;Олег Сидоров;+7 905 000-00-01;LG;F2V5;LG-9;;;;;;;;\r\n' +
  'R-203;11.04.2026;12.04.2026;13.04.2026;Выдан;Не греет;Платный;;Олег Сидоров;+7 905 000-00-01;LG;F2V5;LG-9;;;;Замена ТЭНа;-1500;;;\r\n' +
  'R-204;11.04.2026;;;Потерян;Не греет;Платный;;Олег Сидоров;+7 905 000-00-01;LG;F2V5;LG-9;;;;;;;;\r\n';

export const input = (content = HISTORY_CSV, extra: object = {}) => ({ fileName: 'история.csv', contentBase64: b64(content), system: 'Excel', ...extra });

