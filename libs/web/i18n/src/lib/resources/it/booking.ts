export const booking = {
  title: 'Prenota appuntamento',
};
