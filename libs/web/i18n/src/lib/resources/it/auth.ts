export const auth = {
  title: 'Accesso operatori',
};
