import type { Translation } from '../../platform/i18n/types.js';
import type { documentsEn } from './en.js';

export const documentsHe: Translation<typeof documentsEn, 'he'> = {
  documents: {
    completionAct: 'הדפסת אישור ביצוע עבודות',
    label: 'הדפסת מדבקה למוצר',
    labelsOfList: 'הדפסת מדבקות להזמנות המוצגות',
    labelsLimit: 'המדבקות מודפסות עבור {{count}} ההזמנות הראשונות המוצגות.',
    conditionPrint: 'הדפסת דוח מצב טכני',
    defect: 'נמצא בבדיקה',
    cause: 'הסיבה',
    repairability: 'אפשרות תיקון',
    recommendation: 'המלצה',
    settings: {
      details: 'פרטים נוספים על המסמכים',
      registration: 'מספר רישום',
      bankDetails: '$t(common.bankDetails)',
      website: 'אתר אינטרנט',
      logo: 'לוגו (PNG או JPEG, עד 256 KB)',
      logoSet: 'לוגו בשימוש: {{type}}, {{size}} KB',
      removeLogo: 'הסרת הלוגו',
      texts: 'טקסטים בתעודת הקבלה',
      termsText: 'תנאים',
      storageText: '$t(intakeAct.storage)',
      dataLossText: 'מידע השמור במוצר (אובדן מידע)',
      numbering: 'מספור מסמכים',
      numberingHelp: '{prefix} = אותיות סוג המסמך, {yyyy} או {yy} = השנה, {seq:5} = המספר הרץ ב-5 ספרות. לכל סוג מסמך מספור משלו בכל שנה.',
      kinds: {
        intake_act: 'תעודת קבלה (IA)',
        completion_act: 'אישור ביצוע עבודות (CA)',
        warranty_certificate: 'תעודת אחריות (WC)',
        void_notice: 'הודעה על ביטול אחריות (VN)',
        loan_issue_act: 'מסירת מוצר חלופי (LI)',
        loan_return_act: 'החזרת מוצר חלופי (LR)',
        condition_act: 'דוח מצב טכני (TC)',
        device_label: 'מדבקות (DL)',
        waybill_out: 'תעודת משלוח יוצאת (WO)',
        waybill_back: 'תעודת החזרה (WB)',
        tax_invoice: 'חשבונית מס / קבלה (TI)',
        credit_note: 'חשבונית זיכוי (CN)',
      },
    },
    errors: {
      invalid_format: 'מותרים רק {prefix}, {yyyy}, {yy}, {seq} או {seq:N}, אותיות, ספרות ו- - _ . # № (ללא / וללא ..).',
      too_large: 'התמונה גדולה מ-256 KB.',
    },
  },
};
