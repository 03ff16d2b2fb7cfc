import type { Translation } from '../../platform/i18n/types.js';
import type { documentsEn } from './en.js';

export const documentsRu: Translation<typeof documentsEn, 'ru'> = {
  documents: {
    completionAct: 'Печать акта выполненных работ',
    label: 'Печать наклейки на изделие',
    labelsOfList: 'Печать наклеек для показанных заказов',
    labelsLimit: 'Наклейки печатаются для первых {{count}} показанных заказов.',
    conditionPrint: 'Печать акта технического состояния',
    defect: 'Выявлено при проверке',
    cause: 'Причина',
    repairability: 'Ремонтопригодность',
    recommendation: 'Рекомендации',
    settings: {
      details: 'Дополнительные реквизиты на документах',
      registration: 'Регистрационный номер (ОГРН)',
      bankDetails: '$t(common.bankDetails)',
      website: 'Сайт',
      logo: 'Логотип (PNG или JPEG, не более 256 КБ)',
      logoSet: 'Логотип: {{type}}, {{size}} КБ',
      removeLogo: 'Удалить логотип',
      texts: 'Тексты в квитанции о приёме',
      termsText: 'Условия',
      storageText: '$t(intakeAct.storage)',
      dataLossText: 'Данные на изделии (потеря данных)',
      numbering: 'Номера документов',
      numberingHelp: '{prefix} — буквы вида документа, {yyyy} или {yy} — год, {seq:5} — порядковый номер из 5 цифр. У каждого вида своя нумерация на каждый год.',
      kinds: {
        intake_act: 'Квитанция о приёме (IA)',
        completion_act: 'Акт выполненных работ (CA)',
        warranty_certificate: 'Гарантийный талон (WC)',
        void_notice: 'Уведомление о снятии с гарантии (VN)',
        loan_issue_act: 'Акт выдачи подменного изделия (LI)',
        loan_return_act: 'Акт возврата подменного изделия (LR)',
        condition_act: 'Акт технического состояния (TC)',
        device_label: 'Наклейки (DL)',
        waybill_out: 'Накладная на отправку (WO)',
        waybill_back: 'Накладная на возврат (WB)',
        tax_invoice: 'Чек / счёт (TI)',
        credit_note: 'Документ о возврате (CN)',
      },
    },
    errors: {
      invalid_format: 'Допустимы только {prefix}, {yyyy}, {yy}, {seq} или {seq:N}, буквы, цифры и - _ . # № (без / и ..).',
      too_large: 'Изображение больше 256 КБ.',
    },
  },
};
