import type { Translation } from '../../platform/i18n/types.js';
import type { sessionEn } from './en.js';

export const sessionRu: Translation<typeof sessionEn, 'ru'> = {
  signIn: {
    who: 'Кто работает?',
    pin: 'PIN-код',
    submit: 'Войти',
    choosePin: 'Задайте PIN-код',
    choosePinIntro: 'У вас ещё нет PIN-кода. Выберите от 4 до 12 цифр, которые знаете только вы; их нужно вводить при каждом входе.',
    savePin: 'Сохранить PIN-код',
    lockedMinutes_one: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} минуту.',
    lockedMinutes_few: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} минуты.',
    lockedMinutes_many: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} минут.',
    lockedMinutes_other: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} минуты.',
    lockedSeconds_one: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} секунду.',
    lockedSeconds_few: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} секунды.',
    lockedSeconds_many: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} секунд.',
    lockedSeconds_other: 'Слишком много неверных PIN-кодов: попробуйте снова через {{count}} секунды.',
  },
};
