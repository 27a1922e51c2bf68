export const services = {
  title: 'Servizi',
};
