import { webLibConfig } from '../build/src/vite-config';

export default webLibConfig({ name: 'web-i18n', dir: import.meta.dirname });
