export const kiosk = {
  title: 'Prendi il numero',
};
