import { webLibConfig } from '../build/src/vite-config.mts';

export default webLibConfig({ name: 'web-api-client', dir: import.meta.dirname });
