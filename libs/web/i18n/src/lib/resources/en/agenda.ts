import type { agenda as italian } from '../it/agenda';

export const agenda: typeof italian = {
  title: 'Today’s agenda',
  intro: 'The appointments of {{site}} for every municipality it serves.',
  chooseShift: 'Choose site and counter above to see the agenda.',
  filters: { date: 'Day', status: 'Status', municipality: 'Municipality', all: 'All' },
  print: 'Print the agenda',
  closure: 'The site has a closure on this day: tell the citizens concerned.',
  empty: 'No appointments for this day and these filters.',
  caption: 'Appointments on {{date}}: {{count}}',
  polling: 'The agenda refreshes by itself every {{seconds}} seconds.',
  columns: {
    time: 'Time',
    code: 'Code',
    procedures: 'Procedures',
    citizen: 'Citizen',
    municipality: 'Municipality',
    status: 'Status',
    actions: 'Actions',
  },
  status: {
    pending: 'To be confirmed',
    booked: 'Booked',
    'checked-in': 'Arrived',
    completed: 'Completed',
    'no-show': 'No-show',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },
  actions: {
    'check-in': 'Check in',
    'check-inOf': 'Check in {{code}}',
    complete: 'Complete',
    completeOf: 'Complete {{code}}',
    'no-show': 'No-show',
    'no-showOf': 'Mark {{code}} as no-show',
  },
  undo: {
    pending: {
      'check-in': 'Check-in of {{code}}: it will be recorded in {{seconds}} seconds.',
      complete: 'Completion of {{code}}: it will be recorded in {{seconds}} seconds.',
      'no-show': 'No-show of {{code}}: it will be recorded in {{seconds}} seconds.',
    },
    button: 'Undo',
    buttonOf: {
      'check-in': 'Undo the check-in of {{code}}',
      complete: 'Undo the completion of {{code}}',
      'no-show': 'Undo the no-show of {{code}}',
    },
    sending: 'Sending…',
  },
};
