import type { Translation } from '../../platform/i18n/types.js';
import type { sessionEn } from './en.js';

export const sessionHe: Translation<typeof sessionEn, 'he'> = {
  signIn: {
    who: 'מי עובד/ת?',
    pin: 'קוד PIN',
    submit: 'כניסה',
    choosePin: 'בחרו קוד PIN',
    choosePinIntro: 'עדיין אין לך קוד PIN. בחרו 4 עד 12 ספרות שרק אתם יודעים; תקלידו אותן בכל כניסה.',
    savePin: 'שמירת קוד PIN',
    lockedMinutes_one: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד דקה.',
    lockedMinutes_two: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד שתי דקות.',
    lockedMinutes_other: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד {{count}} דקות.',
    lockedSeconds_one: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד שנייה.',
    lockedSeconds_two: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד שתי שניות.',
    lockedSeconds_other: 'יותר מדי קודי PIN שגויים: אפשר לנסות שוב בעוד {{count}} שניות.',
  },
};
