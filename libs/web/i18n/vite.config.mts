import { webLibConfig } from '../build/src/vite-config.mts';

export default webLibConfig({ name: 'web-i18n', dir: import.meta.dirname });
