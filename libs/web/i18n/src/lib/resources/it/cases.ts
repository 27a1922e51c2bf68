export const cases = {
  title: 'Pratiche di assistenza',
};
