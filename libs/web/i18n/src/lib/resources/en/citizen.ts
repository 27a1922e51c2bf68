import type { citizen as italian } from '../it/citizen';

export const citizen: typeof italian = {
  tagline: 'Services, appointments and digital help in the municipalities of the Savio valley',
  home: {
    title: 'The municipalities of the Union',
    intro:
      'The Sportello FACILE Territoriale helps you with the procedures of every municipality of the Savio valley and with SPID, the electronic identity card and a digital domicile. Choose your municipality.',
  },
  municipality: {
    intro: 'Soon you will find here the services, offices and appointments of the desk of {{name}}.',
    back: 'All municipalities',
  },
};
