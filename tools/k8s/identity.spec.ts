import { byKind, find, K8sObject, overlays, read, render } from './manifests';

/** Staff identity in the clusters (ADR 16): the Union's provider in production, a Keycloak of its own in dev. */

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  containers: Container[];
  volumes?: { name: string; configMap?: { name: string } }[];
}
interface NetworkPolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  ingress?: {
    from?: { podSelector?: { matchLabels: Record<string, string> } }[];
    ports?: { port: number }[];
  }[];
  egress?: { to?: { podSelector?: { matchLabels: Record<string, string> } }[]; ports?: { port: number }[] }[];
}
interface RealmClient {
  clientId: string;
  publicClient?: boolean;
  secret?: string;
  standardFlowEnabled?: boolean;
  implicitFlowEnabled?: boolean;
  directAccessGrantsEnabled?: boolean;
  redirectUris?: string[];
  attributes?: Record<string, string>;
  protocolMappers?: { protocolMapper: string; config: Record<string, string> }[];
}

const rendered = Object.fromEntries(overlays.map((o) => [o, render(o)])) as Record<string, K8sObject[]>;
const platformConfig = (o: string): Record<string, string> =>
  rendered[o].find((c) => c.kind === 'ConfigMap' && c.metadata.name.startsWith('facile-platform-config-'))
    ?.data ?? {};
const podSpec = (o: K8sObject | undefined): PodSpec => {
  if (!o) throw new Error('object missing');
  return (o.spec as { template: { spec: PodSpec } }).template.spec;
};
const realmFile = read('k8s/overlays/dev/keycloak/facile-realm.json');
const realm = JSON.parse(realmFile) as { realm: string; clients: RealmClient[]; users: unknown[] };
const keycloakVersion = /<keycloak\.version>([^<]+)</.exec(read('tools/identity/pom.xml'))?.[1];

describe.each(overlays)('overlay %s: staff identity', (overlay) => {
  const objs = rendered[overlay];
  const config = platformConfig(overlay);

  it('verifies staff tokens through an identity provider: JWKS, issuer, audience, Keycloak roles', () => {
    expect(config.JWKS_URL).toMatch(/^https?:\/\/.+\/protocol\/openid-connect\/certs$/);
    expect(config.JWT_ISSUER).toMatch(/^https:\/\/.+\/realms\/facile$/);
    expect(config.JWT_AUDIENCE).toBe('facile-api');
    expect(config.JWT_ROLES_CLAIM).toBe('realm_access.roles');
  });

  it('carries no development token setting and no default secret anywhere', () => {
    for (const cm of byKind(objs, 'ConfigMap')) {
      expect(Object.keys(cm.data ?? {})).not.toContain('JWT_SECRET');
      expect(cm.data?.DEV_TOKENS ?? 'false').toBe('false');
    }
    const everything = JSON.stringify(objs);
    expect(everything).not.toContain('development-only-secret');
    // a Secret may be referenced (volumes, secretKeyRef), never given a value here
    expect(everything).not.toMatch(/"secret"\s*:\s*"/);
    expect(byKind(objs, 'Secret')).toEqual([]);
  });
});

describe('production: the Union provider', () => {
  it('trusts the provider over HTTPS, whose issuer the JWKS URL belongs to, and runs no Keycloak of its own', () => {
    const config = platformConfig('prod');
    expect(config.NODE_ENV).toBe('production');
    expect(config.JWKS_URL.startsWith(`${config.JWT_ISSUER}/`)).toBe(true);
    expect(config.JWKS_URL).toMatch(/^https:\/\//);
    expect(find(rendered.prod, 'Deployment', 'keycloak')).toBeUndefined();
  });
});

describe('development: a Keycloak with the realm file', () => {
  const objs = rendered.dev;
  const deployment = find(objs, 'Deployment', 'keycloak');
  const pod = podSpec(deployment);
  const kc = pod.containers[0];
  const env = Object.fromEntries((kc.env ?? []).map((e) => [e.name, e]));

  it('runs the official image, the version tools/identity runs, importing the realm', () => {
    expect(kc.image).toBe(`quay.io/keycloak/keycloak:${keycloakVersion}`);
    expect(kc.args).toEqual(['start-dev', '--import-realm']);
  });

  it('imports the repository realm file, unchanged, from a generated ConfigMap', () => {
    const mount = kc.volumeMounts?.find((m) => m.mountPath === '/opt/keycloak/data/import');
    const volume = pod.volumes?.find((v) => v.name === mount?.name);
    expect(volume?.configMap?.name).toMatch(/^keycloak-realm-[a-z0-9]{10}$/);
    const cm = find(objs, 'ConfigMap', volume?.configMap?.name ?? '');
    expect(cm?.data?.['facile-realm.json']).toBe(realmFile);
  });

  it('takes the admin password from a Secret created by hand, never a value', () => {
    expect(env.KC_BOOTSTRAP_ADMIN_PASSWORD?.value).toBeUndefined();
    expect(env.KC_BOOTSTRAP_ADMIN_PASSWORD?.valueFrom?.secretKeyRef).toEqual({
      name: 'keycloak-admin',
      key: 'password',
    });
  });

  it('makes the services trust it: the issuer is its public URL, the keys come from its Service', () => {
    const config = platformConfig('dev');
    expect(config.JWT_ISSUER).toBe(`${env.KC_HOSTNAME?.value}/realms/facile`);
    const service = find(objs, 'Service', 'keycloak')?.spec as { ports: { name: string; port: number }[] };
    const port = service.ports.find((p) => p.name === 'http')?.port;
    expect(config.JWKS_URL).toBe(`http://keycloak:${port}/realms/facile/protocol/openid-connect/certs`);
    const host = new URL(env.KC_HOSTNAME?.value ?? 'http://x').hostname;
    const ingress = find(objs, 'Ingress', 'keycloak')?.spec as {
      rules: { host: string }[];
      tls: { hosts: string[] }[];
    };
    expect(ingress.rules[0].host).toBe(host);
    expect(ingress.tls[0].hosts).toEqual([host]);
  });

  it('lets the services reach it on its port through the default-deny network policies', () => {
    const policies = byKind(objs, 'NetworkPolicy').map((p) => p.spec as unknown as NetworkPolicySpec);
    const keycloakLabels = (
      deployment?.spec as { template: { metadata: { labels: Record<string, string> } } }
    ).template.metadata.labels;
    const selects = (sel: Record<string, string> | undefined, labels: Record<string, string>) =>
      Object.entries(sel ?? {}).every(([k, v]) => labels[k] === v);
    const apiLabels = { 'app.kubernetes.io/part-of': 'facile', 'app.kubernetes.io/component': 'api' };
    const egress = policies.some(
      (p) =>
        selects(p.podSelector.matchLabels, apiLabels) &&
        (p.egress ?? []).some(
          (r) =>
            (r.to ?? []).some((t) => t.podSelector && selects(t.podSelector.matchLabels, keycloakLabels)) &&
            (r.ports ?? []).some((x) => x.port === 8080),
        ),
    );
    const ingress = policies.some(
      (p) =>
        selects(p.podSelector.matchLabels, keycloakLabels) &&
        (p.ingress ?? []).some(
          (r) =>
            (r.from ?? []).some((f) => f.podSelector && selects(f.podSelector.matchLabels, apiLabels)) &&
            (r.ports ?? []).some((x) => x.port === 8080),
        ),
    );
    expect({ egress, ingress }).toEqual({ egress: true, ingress: true });
  });
});

describe('the realm file', () => {
  const client = (id: string) => realm.clients.find((c) => c.clientId === id) as RealmClient;

  it('is the realm facile, with users and no client secret', () => {
    expect(realm.realm).toBe('facile');
    expect(realm.users.length).toBeGreaterThanOrEqual(8);
    for (const c of realm.clients) expect(c.secret).toBeUndefined();
  });

  it('gives the desk console Authorization Code with PKCE S256 on /sportello/, and no implicit or password grant', () => {
    const console = client('facile-sportello');
    expect(console).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    expect(console.attributes?.['pkce.code.challenge.method']).toBe('S256');
    expect(console.redirectUris?.sort()).toEqual([
      'http://127.0.0.1:8080/sportello/*',
      'http://localhost:8080/sportello/*',
    ]);
  });

  it('allows the password grant only on the development client, and puts the services audience in every token', () => {
    expect(realm.clients.filter((c) => c.directAccessGrantsEnabled).map((c) => c.clientId)).toEqual([
      'facile-dev-cli',
    ]);
    for (const c of realm.clients) {
      const audience = c.protocolMappers?.find((m) => m.protocolMapper === 'oidc-audience-mapper');
      expect(audience?.config['included.custom.audience']).toBe('facile-api');
      expect(audience?.config['access.token.claim']).toBe('true');
    }
  });
});
