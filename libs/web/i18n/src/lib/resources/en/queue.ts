import type { queue as italian } from '../it/queue';

export const queue: typeof italian = {
  title: 'Counter workstation',
  intro: 'Counter {{counter}}: call the next citizen in line.',
  chooseShift: 'Choose site and counter above to work the queue.',
  called: {
    title: 'Called ticket',
    none: 'No ticket called: press “Call next”.',
    service: 'Procedure: {{service}}',
    since: 'Called {{time}} ago',
    serving: 'Citizen arrived: being served.',
    absent: 'Citizen not present: at the next call the ticket goes to the missed ones.',
  },
  actions: {
    next: 'Call next',
    arrived: 'Arrived',
    again: 'Call again',
    absent: 'Not present',
  },
  shortcuts: 'Shortcuts: Alt+1 arrived, Alt+2 call again, Alt+3 not present.',
  line: {
    title: 'Waiting',
    caption: 'Waiting by service group',
    total_one: '{{count}} person waiting',
    total_other: '{{count}} people waiting',
    group: 'Group',
    waiting: 'Waiting',
    estimate: 'Estimated wait',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
  missed: { title: 'Missed tickets', recall: 'Recall {{number}}' },
};
