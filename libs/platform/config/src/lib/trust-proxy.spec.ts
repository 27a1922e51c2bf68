import { loadConfig } from './load-config';
import { PlatformConfig, trustProxySetting } from './platform-config';

describe('TRUST_PROXY', () => {
  it('trusts only the loopback proxy by default, and parses the Express forms', () => {
    expect(loadConfig(PlatformConfig, {}).TRUST_PROXY).toBe('loopback');
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('TRUE')).toBe(true);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a value Express would misread', () => {
    expect(() => loadConfig(PlatformConfig, { TRUST_PROXY: 'everyone; rm -rf' })).toThrow(/TRUST_PROXY/);
  });
});
