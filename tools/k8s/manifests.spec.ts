import Ajv from 'ajv';
import { schemaKey, schemas } from './schemas';
import {
  anchorOf,
  byKind,
  consumedTopicsInSource,
  metricNamesInSource,
  ownTopics,
  contractApps,
  expectedRoutes,
  find,
  K8sObject,
  overlays,
  read,
  render,
  tenantWebOrigins,
  topics,
  webApp,
} from './manifests';

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string } };
  }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number } } };
  securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[] } };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  initContainers?: Container[];
  containers: Container[];
  volumes?: { name: string; emptyDir?: object; configMap?: { name: string } }[];
  restartPolicy?: string;
}
interface Workload {
  selector?: { matchLabels: Record<string, string> };
  replicas?: number;
  template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
}

const spec = <T>(o: K8sObject | undefined): T => {
  if (!o) throw new Error('object missing');
  return o.spec as T;
};
const podSpec = (o: K8sObject | undefined): PodSpec => spec<Workload>(o).template.spec;
const allContainers = (p: PodSpec): Container[] => [...(p.initContainers ?? []), ...p.containers];
const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

const secretKey = /(^DATABASE_URL$|^REDIS_URL$|^SMTP_URL$|SECRET|PASSWORD|TOKEN|_KEY$|^APPIO_KEY)/;
const credentialsInUrl = /[a-z]+:\/\/[^/\s:@]+:[^@\s/]+@/i;
/** Keys or values of a ConfigMap that look like secrets. */
const secretsIn = (cm: K8sObject): string[] =>
  Object.entries(cm.data ?? {}).flatMap(([k, v]) => [
    ...(secretKey.test(k) ? [`${cm.metadata.name}: key ${k}`] : []),
    ...(credentialsInUrl.test(v) ? [`${cm.metadata.name}: ${k} carries credentials`] : []),
  ]);

const rendered = Object.fromEntries(overlays.map((o) => [o, render(o)])) as Record<string, K8sObject[]>;

describe.each(overlays)('overlay %s', (overlay) => {
  const objs = rendered[overlay];

  it('renders the expected kinds, each object once, all in one namespace', () => {
    const kinds = new Set(objs.map((o) => o.kind));
    for (const k of [
      'Deployment',
      'Service',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'Job',
      'ConfigMap',
      'NetworkPolicy',
      'Ingress',
      'KafkaTopic',
      'KafkaUser',
      'ServiceMonitor',
      'PrometheusRule',
    ]) {
      expect(kinds).toContain(k);
    }
    const ids = objs.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(objs.map((o) => o.metadata.namespace)).size).toBe(1);
    expect(objs[0].metadata.namespace).toMatch(/^facile/);
  });

  it('every object validates against the Kubernetes / Strimzi schema of its kind', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const errors: string[] = [];
    for (const o of objs) {
      const schema = schemas[schemaKey(o)];
      if (!schema) {
        errors.push(`${schemaKey(o)} ${o.metadata.name}: no schema for this kind`);
        continue;
      }
      const id = `${o.kind} ${o.metadata.name}`;
      const validate = ajv.compile(schema);
      if (!validate(o)) errors.push(`${id}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(errors).toEqual([]);
  });

  it('the schemas reject a broken object (typo, missing field, bad quantity)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const deployment = find(objs, 'Deployment', 'catalogue') as K8sObject;
    const validate = ajv.compile(schemas[schemaKey(deployment)]);
    const typo = structuredClone(deployment);
    const c = podSpec(typo).containers[0] as unknown as Record<string, unknown>;
    c.readinesProbe = c.readinessProbe;
    expect(validate(typo)).toBe(false);
    const badQuantity = structuredClone(deployment);
    podSpec(badQuantity).containers[0].resources = { limits: { memory: '512 MB' } };
    expect(validate(badQuantity)).toBe(false);
    const topic = byKind(objs, 'KafkaTopic')[0];
    const validateTopic = ajv.compile(schemas[schemaKey(topic)]);
    expect(validateTopic({ ...topic, spec: { ...topic.spec, partitions: 0 } })).toBe(false);
    expect(validateTopic({ ...topic, apiVersion: 'kafka.strimzi.io/v1beta1' })).toBe(false);
  });

  describe.each(contractApps)('$name', (app) => {
    const deployment = find(objs, 'Deployment', app.name);
    const pod = podSpec(deployment);
    const main = pod.containers[0];
    const configMaps = byKind(objs, 'ConfigMap');

    it('has a Deployment with startup, liveness and readiness probes on /health/*', () => {
      expect(main.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: app.port })]);
      expect(main.startupProbe?.httpGet?.path).toBe('/health/live');
      expect(main.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(main.readinessProbe?.httpGet?.path).toBe('/health/ready');
      for (const p of [main.startupProbe, main.livenessProbe, main.readinessProbe])
        expect(p?.httpGet?.port).toBe('http');
    });

    it('sets requests and limits on every container (Deployment and Job)', () => {
      const job = find(objs, 'Job', `${app.name}-migrate`);
      for (const c of [...allContainers(pod), ...allContainers(podSpec(job))]) {
        expect(c.resources?.requests).toEqual(
          expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
        );
        expect(c.resources?.limits).toEqual(
          expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
        );
      }
    });

    it('runs non-root, read-only, without privilege escalation, capabilities dropped, seccomp RuntimeDefault, /tmp writable', () => {
      const job = find(objs, 'Job', `${app.name}-migrate`);
      for (const p of [pod, podSpec(job)]) {
        expect(p.securityContext).toEqual(
          expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }),
        );
        expect(p.securityContext?.runAsUser).toBeGreaterThan(0);
        const tmp = p.volumes?.find((v) => v.emptyDir);
        expect(tmp).toBeDefined();
        for (const c of allContainers(p)) {
          expect(c.securityContext).toEqual(
            expect.objectContaining({
              runAsNonRoot: true,
              readOnlyRootFilesystem: true,
              allowPrivilegeEscalation: false,
            }),
          );
          expect(c.securityContext?.capabilities?.drop).toEqual(['ALL']);
          expect(c.volumeMounts).toContainEqual({ name: tmp?.name, mountPath: '/tmp' });
        }
      }
    });

    it('reads configuration from ConfigMaps and secrets from its Secret, never inline', () => {
      const cmRefs = (main.envFrom ?? []).flatMap((e) => (e.configMapRef ? [e.configMapRef.name] : []));
      expect(cmRefs.length).toBeGreaterThanOrEqual(2);
      for (const name of cmRefs) expect(configMaps.map((c) => c.metadata.name)).toContain(name);
      const secretEnv = Object.fromEntries(
        (main.env ?? []).map((e) => [e.name, e.valueFrom?.secretKeyRef?.name]),
      );
      expect(secretEnv.DATABASE_URL).toBe(`${app.name}-secrets`);
      expect(secretEnv.REDIS_URL).toBe(`${app.name}-secrets`);
      if (app.name === 'notifications') expect(secretEnv.SMTP_URL).toBe('notifications-secrets');
      // The link secret (ADR 0019): scheduling verifies, notifications builds the links; required in both.
      if (app.name === 'scheduling' || app.name === 'notifications')
        expect(secretEnv.LINK_SECRET).toBe(`${app.name}-secrets`);
      expect((main.envFrom ?? []).some((e) => e.secretRef?.name === `${app.name}-secrets`)).toBe(true);
      const data = Object.assign(
        {},
        ...configMaps.filter((c) => cmRefs.includes(c.metadata.name)).map((c) => c.data),
      );
      expect(data.PORT).toBe(String(app.port));
      expect(byKind(objs, 'Secret')).toEqual([]);
    });

    it('mounts the tenants ConfigMap at TENANTS_FILE, with the platform tenants file as content', () => {
      const cmRefs = (main.envFrom ?? []).flatMap((e) => (e.configMapRef ? [e.configMapRef.name] : []));
      const data = Object.assign(
        {},
        ...configMaps.filter((c) => cmRefs.includes(c.metadata.name)).map((c) => c.data),
      ) as Record<string, string>;
      const file = data.TENANTS_FILE;
      const volume = pod.volumes?.find((v) => v.configMap && v.configMap.name.startsWith('facile-tenants-'));
      const mount = main.volumeMounts?.find((m) => m.name === volume?.name);
      expect(mount && file).toBeTruthy();
      expect(file.startsWith(`${mount?.mountPath}/`)).toBe(true);
      const cm = find(objs, 'ConfigMap', volume?.configMap?.name ?? '');
      const key = file.slice((mount?.mountPath.length ?? 0) + 1);
      expect(JSON.parse(cm?.data?.[key] ?? 'null')).toEqual(
        JSON.parse(read('libs/platform/tenancy/src/tenants.json')),
      );
    });

    it('gives in-flight work time to finish: grace period longer than SHUTDOWN_GRACE_MS plus the preStop pause', () => {
      const platform = configMaps.find((c) => c.metadata.name.startsWith('facile-platform-config-'));
      const shutdownMs = Number(platform?.data?.SHUTDOWN_GRACE_MS);
      expect(shutdownMs).toBeGreaterThanOrEqual(20000);
      const preStop = main.lifecycle?.preStop?.sleep?.seconds ?? 0;
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(shutdownMs / 1000 + preStop);
    });

    it('has a Service and a PodDisruptionBudget selecting its pods (and not the migration Job)', () => {
      const labels = spec<Workload>(deployment).template.metadata.labels;
      const service = spec<{
        selector: Record<string, string>;
        ports: { name: string; port: number; targetPort: string }[];
      }>(find(objs, 'Service', app.name));
      expect(selects(service.selector, labels)).toBe(true);
      expect(service.ports).toEqual([
        expect.objectContaining({ name: 'http', port: app.port, targetPort: 'http' }),
      ]);
      const pdb = spec<{ selector: { matchLabels: Record<string, string> }; maxUnavailable?: number }>(
        find(objs, 'PodDisruptionBudget', app.name),
      );
      expect(selects(pdb.selector.matchLabels, labels)).toBe(true);
      expect(pdb.maxUnavailable).toBe(1);
      const jobLabels = spec<Workload>(find(objs, 'Job', `${app.name}-migrate`)).template.metadata.labels;
      expect(selects(service.selector, jobLabels)).toBe(false);
      expect(selects(pdb.selector.matchLabels, jobLabels)).toBe(false);
    });

    it('scales with an HPA whose maximum never exceeds the partitions of the topics it consumes', () => {
      const hpa = spec<{
        scaleTargetRef: { kind: string; name: string };
        minReplicas: number;
        maxReplicas: number;
      }>(find(objs, 'HorizontalPodAutoscaler', app.name));
      expect(hpa.scaleTargetRef).toEqual(expect.objectContaining({ kind: 'Deployment', name: app.name }));
      expect(hpa.minReplicas).toBeLessThanOrEqual(hpa.maxReplicas);
      const declared = (deployment?.metadata.annotations?.['facile.valle-savio.it/consumes'] ?? '')
        .split(',')
        .filter(Boolean);
      // the declaration covers every topic the code subscribes to
      for (const t of consumedTopicsInSource(app.context)) expect(declared).toContain(t);
      for (const t of declared) {
        expect(topics[t]).toBeDefined();
        expect(hpa.maxReplicas).toBeLessThanOrEqual(topics[t].partitions);
      }
    });

    it('has a migration Job run before the rollout: migrate, then seed, same image', () => {
      const job = find(objs, 'Job', `${app.name}-migrate`);
      const annotations = job?.metadata.annotations ?? {};
      expect(annotations['argocd.argoproj.io/hook']).toBe('PreSync');
      expect(annotations['facile.valle-savio.it/pre-rollout']).toBe('true');
      const p = podSpec(job);
      expect(p.restartPolicy).toBe('Never');
      expect((p.initContainers ?? []).map((c) => c.args)).toEqual([['migrate']]);
      expect(p.containers.map((c) => c.args)).toEqual([['seed']]);
      for (const c of allContainers(p)) expect(c.image).toBe(main.image);
      expect(main.image).toMatch(new RegExp(`/facile/${app.name}:`));
    });

    it('migrates as the owner role and serves and seeds as the service role, each from its own Secret (ADR 5)', () => {
      const p = podSpec(find(objs, 'Job', `${app.name}-migrate`));
      const secretOf = (c: Container | undefined, name: string) =>
        (c?.env ?? []).find((e) => e.name === name)?.valueFrom?.secretKeyRef;
      const [migrate] = p.initContainers ?? [];
      expect(secretOf(migrate, 'MIGRATION_DATABASE_URL')).toEqual({
        name: 'facile-db-owner',
        key: 'MIGRATION_DATABASE_URL',
      });
      expect(secretOf(migrate, 'DATABASE_URL')?.name).toBe(`${app.name}-secrets`);
      // seed and the Deployment never get the owner's connection
      for (const c of [...p.containers, main]) {
        expect(secretOf(c, 'MIGRATION_DATABASE_URL')).toBeUndefined();
        expect(secretOf(c, 'DATABASE_URL')?.name).toBe(`${app.name}-secrets`);
      }
    });
  });

  it('routes the four prefixes of the gateway/contract and the two web apps through the Ingress, with host and TLS', () => {
    // besides the platform's, only the development Keycloak has an Ingress (its sign-in pages)
    expect(
      byKind(objs, 'Ingress')
        .map((i) => i.metadata.name)
        .sort(),
    ).toEqual(overlay === 'dev' ? ['facile', 'keycloak'] : ['facile']);
    const ing = spec<{
      tls: { hosts: string[]; secretName: string }[];
      rules: {
        host: string;
        http: {
          paths: {
            path: string;
            pathType: string;
            backend: { service: { name: string; port: { name: string } } };
          }[];
        };
      }[];
    }>(find(objs, 'Ingress', 'facile'));
    expect(ing.rules).toHaveLength(1);
    const host = ing.rules[0].host;
    expect(host).not.toBe('facile.example.invalid');
    expect(ing.tls).toEqual([expect.objectContaining({ hosts: [host], secretName: expect.any(String) })]);
    const routes = ing.rules[0].http.paths.map((p) => {
      expect(p.pathType).toBe('Prefix');
      const svc = find(objs, 'Service', p.backend.service.name);
      const port = spec<{ ports: { name: string; port: number }[] }>(svc).ports.find(
        (x) => x.name === p.backend.service.port.name,
      );
      return { prefix: p.path, service: p.backend.service.name, port: port?.port };
    });
    const web = webApp.prefixes.map((prefix) => ({ prefix, service: webApp.name, port: webApp.port }));
    expect(routes.sort((a, b) => a.prefix.localeCompare(b.prefix))).toEqual(
      [...expectedRoutes(), ...web].sort((a, b) => a.prefix.localeCompare(b.prefix)),
    );
    // Prefix paths: the longest match wins, so no API prefix is shadowed by the web apps' `/`
    for (const r of expectedRoutes()) expect(r.prefix.length).toBeGreaterThan(1);
  });

  it("gives the services the console's origin (CONSOLE_ORIGIN, CORS): the Ingress host, over TLS", () => {
    const host = spec<{ rules: { host: string }[] }>(find(objs, 'Ingress', 'facile')).rules[0].host;
    const platform = byKind(objs, 'ConfigMap').find((c) =>
      c.metadata.name.startsWith('facile-platform-config-'),
    );
    expect(platform?.data?.CONSOLE_ORIGIN).toBe(`https://${host}`);
  });

  describe('web (the two web apps behind nginx)', () => {
    const deployment = find(objs, 'Deployment', webApp.name);
    const pod = podSpec(deployment);
    const main = pod.containers[0];

    it('has a Deployment of the web image with startup, liveness and readiness probes, requests and limits', () => {
      expect(main.image).toMatch(/\/facile\/web:/);
      expect(main.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: webApp.port })]);
      expect(main.startupProbe?.httpGet?.path).toBe('/health/live');
      expect(main.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(main.readinessProbe?.httpGet?.path).toBe('/health/ready');
      for (const p of [main.startupProbe, main.livenessProbe, main.readinessProbe])
        expect(p?.httpGet?.port).toBe('http');
      expect(main.resources?.requests).toEqual(
        expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
      );
      expect(main.resources?.limits).toEqual(
        expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
      );
      expect(main.lifecycle?.preStop?.sleep?.seconds).toBeGreaterThan(0);
    });

    it('runs non-root and read-only, with writable /tmp and the generated nginx configuration on emptyDirs', () => {
      expect(pod.securityContext).toEqual(
        expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }),
      );
      expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(main.securityContext).toEqual(
        expect.objectContaining({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        }),
      );
      expect(main.securityContext?.capabilities?.drop).toEqual(['ALL']);
      const emptyDirs = (pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name);
      const mounted = (main.volumeMounts ?? [])
        .filter((m) => emptyDirs.includes(m.name))
        .map((m) => m.mountPath);
      expect(mounted.sort()).toEqual(['/etc/nginx/conf.d', '/tmp']);
    });

    it('is configured by facile-web-config: every tenant web site may frame the citizen web, the identity provider is https', () => {
      const cmRefs = (main.envFrom ?? []).flatMap((e) => (e.configMapRef ? [e.configMapRef.name] : []));
      expect(cmRefs).toEqual([expect.stringMatching(/^facile-web-config-[a-z0-9]{10}$/)]);
      const data = find(objs, 'ConfigMap', cmRefs[0])?.data ?? {};
      expect(data.FACILE_FRAME_ANCESTORS?.split(' ').sort()).toEqual(tenantWebOrigins());
      expect(tenantWebOrigins().length).toBeGreaterThanOrEqual(6);
      expect(new URL(data.FACILE_IDENTITY_ORIGIN ?? '').protocol).toBe('https:');
      expect(new URL(data.FACILE_IDENTITY_ORIGIN ?? '').origin).toBe(data.FACILE_IDENTITY_ORIGIN);
      expect(main.env ?? []).toEqual([]); // no secrets: static files only
    });

    it('has a Service, a PodDisruptionBudget and an HPA for its pods', () => {
      const labels = spec<Workload>(deployment).template.metadata.labels;
      const service = spec<{
        selector: Record<string, string>;
        ports: { name: string; port: number; targetPort: string }[];
      }>(find(objs, 'Service', webApp.name));
      expect(selects(service.selector, labels)).toBe(true);
      expect(service.ports).toEqual([
        expect.objectContaining({ name: 'http', port: webApp.port, targetPort: 'http' }),
      ]);
      const pdb = spec<{ selector: { matchLabels: Record<string, string> }; maxUnavailable?: number }>(
        find(objs, 'PodDisruptionBudget', webApp.name),
      );
      expect(selects(pdb.selector.matchLabels, labels)).toBe(true);
      const hpa = spec<{ scaleTargetRef: { name: string }; minReplicas: number; maxReplicas: number }>(
        find(objs, 'HorizontalPodAutoscaler', webApp.name),
      );
      expect(hpa.scaleTargetRef.name).toBe(webApp.name);
      expect(hpa.minReplicas).toBeLessThanOrEqual(hpa.maxReplicas);
      // the services' selectors do not take the web pods, nor the other way round
      for (const app of contractApps) {
        const other = spec<{ selector: Record<string, string> }>(find(objs, 'Service', app.name));
        expect(selects(other.selector, labels)).toBe(false);
      }
    });

    it('lets only the ingress controller in, on 8080, and the web pods out to nothing but DNS', () => {
      interface Policy {
        podSelector: {
          matchLabels?: Record<string, string>;
          matchExpressions?: { key: string; operator: string; values: string[] }[];
        };
        ingress?: {
          from?: { namespaceSelector?: { matchLabels: Record<string, string> } }[];
          ports?: { port: number }[];
        }[];
        egress?: { ports?: { protocol: string; port: number }[] }[];
      }
      const labels = spec<Workload>(deployment).template.metadata.labels;
      const applies = (p: Policy) =>
        selects(p.podSelector.matchLabels ?? {}, labels) &&
        (p.podSelector.matchExpressions ?? []).every(
          (e) => e.operator === 'In' && e.values.includes(labels[e.key]),
        );
      const policies = byKind(objs, 'NetworkPolicy')
        .map((p) => spec<Policy>(p))
        .filter(applies);
      const ingress = policies.flatMap((p) => p.ingress ?? []);
      expect(
        ingress.flatMap((r) =>
          (r.from ?? []).map((f) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']),
        ),
      ).toEqual(['ingress-nginx']);
      expect(ingress.flatMap((r) => (r.ports ?? []).map((x) => x.port))).toEqual([webApp.port]);
      const egress = new Set(
        policies.flatMap((p) =>
          (p.egress ?? []).flatMap((r) => (r.ports ?? []).map((x) => `${x.protocol}/${x.port}`)),
        ),
      );
      expect([...egress].sort()).toEqual(['TCP/53', 'UDP/53']);
    });
  });

  it('declares a KafkaTopic for every topic of libs/contracts and its DLQ, with partitions and retention', () => {
    const kafkaTopics = byKind(objs, 'KafkaTopic').map((t) => ({
      cluster: t.metadata.labels?.['strimzi.io/cluster'],
      ...(t.spec as {
        topicName: string;
        partitions: number;
        replicas: number;
        config: Record<string, unknown>;
      }),
    }));
    const expected = Object.entries(topics).flatMap(([name, t]) => [
      { topicName: name, partitions: t.partitions },
      { topicName: `${name}.dlq`, partitions: 1 },
    ]);
    expect(
      kafkaTopics
        .map((t) => ({ topicName: t.topicName, partitions: t.partitions }))
        .sort((a, b) => a.topicName.localeCompare(b.topicName)),
    ).toEqual(expected.sort((a, b) => a.topicName.localeCompare(b.topicName)));
    for (const t of kafkaTopics) {
      expect(t.cluster).toBeTruthy();
      expect(Number(t.config['retention.ms'])).toBeGreaterThan(0);
      expect(t.replicas).toBeGreaterThanOrEqual(1);
      if (t.topicName.endsWith('.dlq'))
        expect(Number(t.config['retention.ms'])).toBeGreaterThanOrEqual(
          Number(kafkaTopics.find((x) => `${x.topicName}.dlq` === t.topicName)?.config['retention.ms']),
        );
    }
  });

  describe.each(contractApps)('$name on Kafka', (app) => {
    interface Acl {
      resource: { type: string; name?: string; patternType?: string };
      operations: string[];
    }
    const user = find(objs, 'KafkaUser', `facile-${app.name}`);
    const userSpec = spec<{ authentication: { type: string }; authorization: { type: string; acls: Acl[] } }>(
      user,
    );

    it('has a KafkaUser with ACLs for exactly the topics and group it uses: its own topics, what it consumes and their DLQs', () => {
      expect(user?.metadata.labels?.['strimzi.io/cluster']).toBe(
        byKind(objs, 'KafkaTopic')[0].metadata.labels?.['strimzi.io/cluster'],
      );
      expect(userSpec.authentication.type).toBe('scram-sha-512');
      expect(userSpec.authorization.type).toBe('simple');
      const granted = userSpec.authorization.acls
        .flatMap((a) =>
          a.operations.map((op) => `${a.resource.type}:${a.resource.name}:${a.resource.patternType}:${op}`),
        )
        .sort();
      const consumed = consumedTopicsInSource(app.context);
      const expected = [
        ...ownTopics(app.context).flatMap((t) => [`topic:${t}:literal:Write`, `topic:${t}:literal:Describe`]),
        ...consumed.flatMap((t) => [`topic:${t}:literal:Read`, `topic:${t}:literal:Describe`]),
        ...consumed.flatMap((t) => [`topic:${t}.dlq:literal:Write`, `topic:${t}.dlq:literal:Describe`]),
        ...(consumed.length ? [`group:${app.name}:literal:Read`] : []),
      ];
      expect(granted).toEqual([...new Set(expected)].sort());
      // the deployment's declaration says the same
      const published = (
        find(objs, 'Deployment', app.name)?.metadata.annotations?.['facile.valle-savio.it/publishes'] ?? ''
      )
        .split(',')
        .filter(Boolean);
      expect(published.sort()).toEqual(ownTopics(app.context));
    });

    it('connects with TLS and SCRAM-SHA-512 as that user: password from its Strimzi Secret, cluster CA mounted, in the Deployment and the Job', () => {
      const platform = byKind(objs, 'ConfigMap').find((c) =>
        c.metadata.name.startsWith('facile-platform-config-'),
      );
      expect(platform?.data).toMatchObject({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512' });
      const caFile = platform?.data?.KAFKA_SSL_CA_FILE ?? '';
      for (const p of [
        podSpec(find(objs, 'Deployment', app.name)),
        podSpec(find(objs, 'Job', `${app.name}-migrate`)),
      ]) {
        const caVolume = p.volumes?.find(
          (v) =>
            (v as { secret?: { secretName: string } }).secret?.secretName === 'facile-kafka-cluster-ca-cert',
        );
        expect(caVolume).toBeDefined();
        for (const c of allContainers(p)) {
          const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
          expect(env.KAFKA_SASL_USERNAME?.value).toBe(user?.metadata.name);
          expect(env.KAFKA_SASL_PASSWORD?.valueFrom?.secretKeyRef).toEqual({
            name: user?.metadata.name,
            key: 'password',
          });
          const mount = c.volumeMounts?.find((m) => m.name === caVolume?.name);
          expect(caFile).toBe(`${mount?.mountPath}/ca.crt`);
        }
      }
    });
  });

  it('is scraped by a ServiceMonitor selecting every service on its http port, /metrics', () => {
    const [monitor] = byKind(objs, 'ServiceMonitor');
    const ms = spec<{
      selector: { matchLabels: Record<string, string> };
      endpoints: { port: string; path: string; honorLabels?: boolean }[];
    }>(monitor);
    for (const app of contractApps) {
      const svc = find(objs, 'Service', app.name);
      expect(selects(ms.selector.matchLabels, svc?.metadata.labels ?? {})).toBe(true);
    }
    expect(ms.endpoints).toEqual([
      expect.objectContaining({ port: 'http', path: '/metrics', honorLabels: true }),
    ]);
  });

  it('alerts on a stale outbox, dead letters, growing lag, failing deliveries, 5xx and flapping readiness, each with its runbook', () => {
    interface Rule {
      alert?: string;
      expr: string;
      for?: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    }
    const rules = byKind(objs, 'PrometheusRule').flatMap((r) =>
      spec<{ groups: { rules: Rule[] }[] }>(r).groups.flatMap((g) => g.rules),
    );
    const alert = (name: string) => rules.find((r) => r.alert === name) as Rule;
    expect(alert('FacileOutboxStale').expr).toMatch(/facile_outbox_oldest_age_seconds\) > 120$/);
    expect(alert('FacileDeadLetters').expr).toMatch(
      /increase\(facile_dead_letter_messages_total\[10m\]\)\) > 0/,
    );
    expect(alert('FacileConsumerLagGrowing')).toMatchObject({
      for: '10m',
      expr: expect.stringMatching(/deriv\(facile_consumer_lag_messages\[10m\]\)/),
    });
    expect(alert('FacileDeliveryFailures').expr).toMatch(
      /facile_notification_deliveries_total\{status="failed"\}/,
    );
    expect(alert('FacileHttp5xx').expr).toMatch(
      /facile_http_request_duration_seconds_count\{code=~"5\.\."\}/,
    );
    expect(alert('FacileReadinessFlapping').expr).toMatch(
      /increase\(facile_readiness_changes_total\[15m\]\)/,
    );
    const known = metricNamesInSource();
    const headings = new Set(
      read('docs/operations.md')
        .split('\n')
        .filter((l) => /^#{2,4} /.test(l))
        .map((l) => anchorOf(l.replace(/^#+ /, ''))),
    );
    for (const r of rules.filter((x) => x.alert)) {
      // every metric an alert reads is one the code registers
      for (const [m] of r.expr.matchAll(/\bfacile_[a-z0-9_]+/g))
        expect({ alert: r.alert, metric: m, known: known.has(m) }).toEqual({
          alert: r.alert,
          metric: m,
          known: true,
        });
      expect(['warning', 'critical']).toContain(r.labels?.severity);
      const url = r.annotations?.runbook_url ?? '';
      expect(url).toMatch(/\/docs\/operations\.md#[a-z0-9-]+$/);
      expect({ alert: r.alert, runbook: headings.has(url.split('#')[1]) }).toEqual({
        alert: r.alert,
        runbook: true,
      });
    }
  });

  it('keeps secret values out of every ConfigMap', () => {
    const offending = byKind(objs, 'ConfigMap').flatMap(secretsIn);
    expect(offending).toEqual([]);
    // and no env var of any container carries an inline secret
    for (const o of [...byKind(objs, 'Deployment'), ...byKind(objs, 'Job')]) {
      for (const c of allContainers(podSpec(o)))
        for (const e of c.env ?? []) if (secretKey.test(e.name)) expect(e.value).toBeUndefined();
    }
  });

  it('denies all traffic by default and opens only ingress-controller, DNS, Kafka, PostgreSQL, Redis, SMTP (and HTTPS, metrics)', () => {
    interface Rule {
      from?: { namespaceSelector?: { matchLabels: Record<string, string> } }[];
      to?: unknown[];
      ports?: { protocol: string; port: number }[];
    }
    const policies = byKind(objs, 'NetworkPolicy').map((p) =>
      spec<{
        podSelector: { matchLabels?: Record<string, string> };
        policyTypes: string[];
        ingress?: Rule[];
        egress?: Rule[];
      }>(p),
    );
    const deny = policies.find((p) => !p.podSelector.matchLabels && !p.ingress && !p.egress);
    expect(deny?.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    const egressPorts = new Set(
      policies.flatMap((p) =>
        (p.egress ?? []).flatMap((r) => (r.ports ?? []).map((x) => `${x.protocol}/${x.port}`)),
      ),
    );
    for (const port of ['UDP/53', 'TCP/53', 'TCP/9093', 'TCP/5432', 'TCP/6379', 'TCP/587'])
      expect(egressPorts).toContain(port);
    // Kafka only through its TLS listener: the plaintext port is not open
    expect(egressPorts).not.toContain('TCP/9092');
    const ingressFrom = policies.flatMap((p) =>
      (p.ingress ?? []).flatMap((r) =>
        (r.from ?? []).map((f) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']),
      ),
    );
    expect(ingressFrom).toContain('ingress-nginx');
    const ingressPorts = new Set(
      policies.flatMap((p) => (p.ingress ?? []).flatMap((r) => (r.ports ?? []).map((x) => x.port))),
    );
    for (const app of contractApps) expect(ingressPorts).toContain(app.port);
  });
});

describe('the Strimzi Kafka cluster (k8s/kafka)', () => {
  const cluster = render('k8s/kafka');
  const kafka = find(cluster, 'Kafka', 'facile-kafka');
  interface Listener {
    name: string;
    port: number;
    tls: boolean;
    authentication?: { type: string };
  }
  const ks = spec<{
    kafka: { listeners: Listener[]; authorization: { type: string } };
    entityOperator: {
      topicOperator: { watchedNamespace: string };
      userOperator: { watchedNamespace: string };
    };
  }>(kafka);

  it('validates against the Strimzi schemas', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const errors = cluster.flatMap((o) => {
      const validate = ajv.compile(schemas[schemaKey(o)] ?? { not: {} });
      return validate(o) ? [] : [`${o.kind} ${o.metadata.name}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(errors).toEqual([]);
    expect(find(cluster, 'KafkaNodePool', 'dual-role')?.metadata.labels?.['strimzi.io/cluster']).toBe(
      'facile-kafka',
    );
  });

  it('has only TLS listeners with SCRAM-SHA-512 and enforces ACLs; the services connect to that listener', () => {
    expect(ks.kafka.listeners.length).toBeGreaterThan(0);
    for (const l of ks.kafka.listeners)
      expect(l).toMatchObject({ tls: true, authentication: { type: 'scram-sha-512' } });
    expect(ks.kafka.authorization.type).toBe('simple');
    for (const overlay of overlays) {
      const platform = rendered[overlay].find(
        (c) => c.kind === 'ConfigMap' && c.metadata.name.startsWith('facile-platform-config-'),
      );
      expect(platform?.data?.KAFKA_BROKERS).toBe(
        `facile-kafka-kafka-bootstrap.${kafka?.metadata.namespace}.svc:${ks.kafka.listeners[0].port}`,
      );
      for (const o of [...byKind(rendered[overlay], 'KafkaTopic'), ...byKind(rendered[overlay], 'KafkaUser')])
        expect(o.metadata.labels?.['strimzi.io/cluster']).toBe(kafka?.metadata.name);
    }
  });

  it('has its Topic and User Operators watch the production namespace, where the KafkaTopics and KafkaUsers are', () => {
    const ns = rendered.prod[0].metadata.namespace;
    expect(ks.entityOperator.topicOperator.watchedNamespace).toBe(ns);
    expect(ks.entityOperator.userOperator.watchedNamespace).toBe(ns);
  });
});

describe('overlays differ where they should', () => {
  const replicas = (o: string, name: string) =>
    spec<Workload>(find(rendered[o], 'Deployment', name)).replicas;
  const topicReplicas = (o: string) =>
    byKind(rendered[o], 'KafkaTopic').map((t) => (t.spec as { replicas: number }).replicas);
  const platform = (o: string) =>
    rendered[o].find(
      (c) => c.kind === 'ConfigMap' && c.metadata.name.startsWith('facile-platform-config-'),
    ) as K8sObject;

  it('dev runs one replica and single-replica topics; prod two replicas, three-replica topics and JWKS', () => {
    for (const app of [...contractApps, webApp]) {
      expect(replicas('dev', app.name)).toBe(1);
      expect(replicas('prod', app.name)).toBe(2);
    }
    expect(new Set(topicReplicas('dev'))).toEqual(new Set([1]));
    expect(new Set(topicReplicas('prod'))).toEqual(new Set([3]));
    expect(platform('prod').data?.JWKS_URL).toMatch(/^https:\/\//);
    expect(platform('prod').data?.NODE_ENV).toBe('production');
    expect(platform('dev').data?.NODE_ENV).toBe('development');
  });

  it('generated ConfigMaps carry a content hash suffix, different when the content differs, and references follow it', () => {
    const dev = platform('dev');
    const prod = platform('prod');
    expect(dev.metadata.name).toMatch(/^facile-platform-config-[a-z0-9]{10}$/);
    expect(dev.metadata.name).not.toBe(prod.metadata.name);
    expect(render('dev').find((c) => c.metadata.name === dev.metadata.name)).toBeDefined(); // deterministic
    const envFrom = podSpec(find(rendered.dev, 'Deployment', 'scheduling')).containers[0].envFrom ?? [];
    expect(envFrom.map((e) => e.configMapRef?.name)).toContain(dev.metadata.name);
  });

  it('the secret detector flags passwords in URLs and secret keys, not ordinary settings', () => {
    const cm = (data: Record<string, string>): K8sObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x' },
      data,
    });
    expect(secretsIn(cm({ DATABASE_URL: 'postgres://facile@db:5432/facile' }))).toHaveLength(1);
    expect(secretsIn(cm({ JWT_SECRET: 'x'.repeat(40) }))).toHaveLength(1);
    expect(secretsIn(cm({ SMS_PROVIDER_KEY: 'k' }))).toHaveLength(1);
    expect(secretsIn(cm({ OTHER: 'redis://default:s3cret@redis:6379' }))).toHaveLength(1);
    expect(
      secretsIn(
        cm({
          REDIS_KEY_PREFIX: 'facile:',
          KAFKA_BROKERS: 'kafka:9092',
          APPIO_BASE_URL: 'https://api.io.pagopa.it',
        }),
      ),
    ).toEqual([]);
  });

  it('k8s/base/tenants.json is the same as the tenants file the platform ships', () => {
    expect(JSON.parse(read('k8s/base/tenants.json'))).toEqual(
      JSON.parse(read('libs/platform/tenancy/src/tenants.json')),
    );
  });
});
