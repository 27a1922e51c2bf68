export const sessions = {
  title: 'Incontri di gruppo',
};
