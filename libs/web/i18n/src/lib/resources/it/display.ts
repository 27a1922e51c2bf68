export const display = {
  title: 'Tabellone',
};
