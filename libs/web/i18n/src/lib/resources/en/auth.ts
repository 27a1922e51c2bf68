import type { auth as italian } from '../it/auth';

export const auth: typeof italian = {
  title: 'Staff sign-in',
  signIn: 'Sign in',
  signOut: 'Sign out',
  callback: {
    title: 'Signing in',
    failedTitle: 'Sign-in failed',
    failed:
      'Sign-in could not be completed. Try again: if the problem persists, tell your technical contact.',
  },
  forbidden: {
    title: 'Not allowed',
    text: 'Your profile does not allow this page. If you think this is a mistake, ask your municipality’s contact.',
  },
  bar: {
    label: 'Signed-in operator',
    signedInAs: 'Operator: {{name}}',
    shift: 'Site: {{site}} · Counter {{counter}}',
    changeShift: 'Change site or counter',
  },
  shift: {
    title: 'Start of shift: choose site and counter',
    site: 'Site',
    counter: 'Counter',
    counterN: 'Counter {{n}}',
    start: 'Start shift',
    noSites: 'Your profile is not linked to any site. Ask your municipality’s contact to enable you.',
  },
  sessionExpired: 'Your session expired: sign in again. What you typed has been kept.',
};
