import type { display as italian } from '../it/display';

export const display: typeof italian = {
  title: 'Waiting-room display',
  heading: 'Desk {{site}}',
  enableSound: 'Enable sound',
  called: 'Called numbers',
  number: 'Number',
  counter: 'Counter',
  waiting: 'People waiting',
  group: 'Group {{letter}}: {{count}} waiting, about {{minutes}} minutes',
  announce: 'Number {{number}}, counter {{counter}}',
};
