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
  },
};
