import { webLibConfig } from '../build/src/vite-config.mts';

export default webLibConfig({ name: 'web-ui', dir: import.meta.dirname });
