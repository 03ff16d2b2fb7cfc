/** Signing in in English: the source every other language follows. */
export const sessionEn = {
  signIn: {
    who: 'Who is working?',
    pin: 'PIN',
    submit: 'Sign in',
    choosePin: 'Choose your PIN',
    choosePinIntro: 'You have no PIN yet. Choose 4 to 12 digits that only you know; you will type it each time you sign in.',
    savePin: 'Save PIN',
    /** The lock-out after repeated wrong PINs, with the time left until the next try. */
    lockedMinutes_one: 'Too many wrong PINs: try again in {{count}} minute.',
    lockedMinutes_other: 'Too many wrong PINs: try again in {{count}} minutes.',
    lockedSeconds_one: 'Too many wrong PINs: try again in {{count}} second.',
    lockedSeconds_other: 'Too many wrong PINs: try again in {{count}} seconds.',
  },
};
