import type { desk as italian } from '../it/desk';

export const desk: typeof italian = {
  title: 'Desk console',
  tagline: 'The working tool of the Sportello FACILE operators',
  home: {
    title: 'Municipalities served',
    intro:
      'The municipalities of the Union the desk works for. Choose the one whose information you want to see.',
  },
  municipality: {
    intro: 'Soon you will find here the queues, appointments and cases of {{name}}.',
    back: 'All municipalities',
  },
  operator: {
    queue: 'Counter workstation (queue)',
    agenda: 'Today’s agenda',
    cases: 'Assistance cases',
    title: 'My shift',
    intro: 'Welcome, {{name}}. From here open the day’s agenda, the queue and the assistance cases.',
  },
};
