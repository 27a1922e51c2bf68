import type { citizen as italian } from '../it/citizen';

export const citizen: typeof italian = {
  tagline: 'Services, appointments and digital help in the municipalities of the Savio valley',
  nav: {
    label: 'Main menu',
    services: 'Services',
    booking: 'Book an appointment',
    sessions: 'Group sessions',
    assistance: 'Digital help',
  },
  footer: {
    label: 'Sportello FACILE',
    heading: 'Sportello FACILE',
  },
  home: {
    title: 'The municipalities of the Union',
    intro:
      'The Sportello FACILE Territoriale helps you with the procedures of every municipality of the Savio valley and with SPID, the electronic identity card and a digital domicile. Choose your municipality.',
    allServices: 'All services',
  },
  municipality: {
    intro: 'The services, offices and appointments of the desk of {{name}}.',
    services: 'The services of {{name}}',
    back: 'All municipalities',
  },
};
