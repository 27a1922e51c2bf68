export const assistance = {
  title: 'Assistenza SPID, CIE, domicilio digitale',
};
