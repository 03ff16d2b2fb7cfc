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
  },
};
