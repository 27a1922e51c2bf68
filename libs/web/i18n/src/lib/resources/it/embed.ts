export const embed = {
  title: 'Prenota con lo Sportello FACILE',
};
