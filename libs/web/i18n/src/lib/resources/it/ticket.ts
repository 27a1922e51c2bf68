export const ticket = {
  title: 'Il mio numero',
};
