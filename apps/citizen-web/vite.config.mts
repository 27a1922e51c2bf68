import { webAppConfig } from '../../libs/web/build/src/vite-config.mts';

// The public citizen web, served by the gateway at /.
export default webAppConfig({ name: 'citizen-web', dir: import.meta.dirname, base: '/', port: 4200 });
