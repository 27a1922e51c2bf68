import { webLibConfig } from '../build/src/vite-config';

export default webLibConfig({ name: 'web-api-client', dir: import.meta.dirname });
