export const agenda = {
  title: 'Agenda del giorno',
};
