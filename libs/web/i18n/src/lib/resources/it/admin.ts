export const admin = {
  title: 'Amministrazione del comune',
};
