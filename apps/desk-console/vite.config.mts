import { webAppConfig } from '../../libs/web/build/src/vite-config.mts';

// The staff console (operators, tenant and union admins, call display and kiosk screens), served at /sportello/.
export default webAppConfig({
  name: 'desk-console',
  dir: import.meta.dirname,
  base: '/sportello/',
  port: 4201,
});
