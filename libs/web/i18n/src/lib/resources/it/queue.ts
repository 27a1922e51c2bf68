export const queue = {
  title: 'Coda',
};
