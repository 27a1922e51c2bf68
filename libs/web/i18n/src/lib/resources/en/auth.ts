import type { auth as italian } from '../it/auth';

export const auth: typeof italian = {
  title: 'Staff sign-in',
  signIn: {
    title: 'Sign in to the desk console',
    body: 'The console is for the staff of the Union and its municipalities. Sign in with the credentials the Union gave you.',
    action: 'Sign in',
    unreachable:
      'The sign-in service does not answer. Check the connection and try again; if it goes on, tell the Union’s IT support.',
  },
  callback: {
    failedTitle: 'Sign-in not completed',
    failedBody: 'The sign-in could not be completed: the link may have expired.',
    retry: 'Back to the console to sign in again',
  },
  expired: {
    body: 'Your session has expired. What you typed is still here: sign in again to save it.',
    signIn: 'Sign in again',
  },
  forbidden: {
    title: 'This page is not available to your profile',
    body: 'Your profile does not include this function. If you need it, ask the Union’s administrator.',
  },
  account: {
    signIn: 'Sign in',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
};
