import type { Translation } from '../../platform/i18n/types.js';
import type { appEn } from './en.js';

export const appHe: Translation<typeof appEn, 'he'> = {
  app: { title: 'מעבדת שירות', loading: 'טוען…' },
  /** Said in place of a chart with nothing to draw. */
  charts: { noData: 'אין נתונים' },
  nav: {
    analytics: 'ניתוחים',
    claims: 'תלונות',
    loaners: 'מוצרים חלופיים',
    registry: 'מרשם מכירות',
    warranty: 'אחריות',
    expiring: 'אחריות שפגה',
    dashboard: 'לוח בקרה',
    orders: 'הזמנות',
    intake: 'קבלה חדשה',
    staff: 'צוות',
    settings: 'הגדרות',
  },
  navGroups: { label: 'מסכים', counter: 'דלפק', workshop: 'מעבדה', management: 'ניהול' },
  header: {
    signedIn: 'מחובר/ת: {{name}} ({{role}})',
    signOut: 'יציאה',
    language: 'שפה',
    scan: 'סרקו או הקלידו מספר הזמנה, מספר סידורי או IMEI',
  },
  firstRun: {
    firstManagerPin: 'קוד ה-PIN שלך (4 עד 12 ספרות)',
    demoNote: 'עובדי ההדגמה נכנסים עם קוד PIN 1234.',
    title: 'ברוכים הבאים',
    intro: 'תיקיית הנתונים ריקה. טענו נתוני הדגמה כדי להתרשם, או הוסיפו את עצמכם כמנהל הראשון.',
    demo: 'טעינת נתוני הדגמה',
    firstManager: 'השם שלך (מנהל ראשון)',
    create: 'התחלה עם מעבדה ריקה',
  },
  confirm: {
    reason: 'סיבה (חובה)',
    keep: 'חזרה',
    doCancel: 'ביטול ההזמנה',
    doUnrepairable: 'סימון כלא ניתן לתיקון',
    cancelOrder: 'לבטל את הזמנה {{number}}?',
    cancelOrderText: 'הזמנה שבוטלה נסגרת לצמיתות, והחלקים ששוריינו לה משתחררים. הסיבה נרשמת בהיסטוריית ההזמנה.',
    unrepairable: 'לסמן את הזמנה {{number}} כלא ניתנת לתיקון?',
    unrepairableText: 'ההזמנה יוצאת מתהליך התיקון לצמיתות. הסיבה נרשמת בהיסטוריית ההזמנה.',
    deactivate: 'להשבית את {{name}}?',
    deactivateText: 'העובד מנותק מיד ולא יוכל להתחבר עוד. הסיבה נרשמת ביומן הביקורת.',
    restore: 'לשחזר את הגיבוי מ־{{date}}?',
  },
  unsaved: {
    title: 'לצאת בלי לשמור?',
    text: 'מה שהוקלד במסך הזה לא נשמר ויאבד.',
    stay: 'להישאר במסך',
    leave: 'לוותר ולצאת',
  },
  drafts: {
    restored: 'הקליטה שלא הסתיימה נשמרה: אפשר להמשיך מאותה נקודה.',
    discard: 'מחיקת הטיוטה',
    discardTitle: 'למחוק את הקליטה הזאת?',
    discardText: 'כל מה שהוקלד בטופס הקליטה יימחק.',
  },
  needsToken: {
    title: 'יש לפתוח את הכתובת שהשרת הדפיס',
    text: 'הדף הזה צריך את מפתח הגישה שהשרת הדפיס כשעלה (הכתובת שמסתיימת ב־?token=…). סימנייה לא שומרת את המפתח, והמפתח משתנה בכל הפעלה של השרת.',
    how: 'יש להעתיק את הכתובת מהחלון שבו רץ „npm run web”, לפתוח אותה, ואז לחזור לסימנייה באותה לשונית.',
  },
  preferences: {
    title: 'ההעדפות שלי',
    intro: 'נשמרות אצלך ולא במחשב הזה: עם הכניסה המסכים עוברים לשפה שלך.',
    documentLanguage: 'שפת המסמכים שלי',
    saved: 'ההעדפות נשמרו.',
  },
};
