/** Signing in in English: the source every other language follows. */
export const sessionEn = {
  signIn: {
    who: 'Who is working?',
    pin: 'PIN',
    submit: 'Sign in',
    choosePin: 'Choose your PIN',
    choosePinIntro: 'You have no PIN yet. Choose 4 to 12 digits that only you know; you will type it each time you sign in.',
    savePin: 'Save PIN',
  },
};
