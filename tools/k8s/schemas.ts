/**
 * Minimal JSON schemas (draft-07, for ajv) of the Kubernetes kinds k8s/ uses, transcribed from the
 * Kubernetes 1.30+ OpenAPI (field names, types, required fields, enums) and of the Strimzi KafkaTopic
 * `kafka.strimzi.io/v1` spec (from the Strimzi 0.49+ CRD). Objects are closed (additionalProperties: false)
 * where a typo would otherwise go unnoticed: an unknown field fails the test instead of being pruned by
 * the API server.
 */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const strMap: Schema = { type: 'object', additionalProperties: { type: 'string' } };
const closed = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const arrayOf = (items: Schema, minItems = 0): Schema => ({ type: 'array', items, minItems });

const dns1123Label = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
const dns1123Subdomain = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const intOrString: Schema = {
  anyOf: [
    { type: 'integer', minimum: 1, maximum: 65535 },
    { type: 'string', pattern: '^[a-z0-9-]{1,15}$' },
  ],
};
const quantity: Schema = {
  anyOf: [{ type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$' }, { type: 'number' }],
};

const objectMeta = (namespaced = true): Schema =>
  closed(
    {
      name: { type: 'string', maxLength: 253, pattern: dns1123Subdomain },
      namespace: namespaced ? { type: 'string', pattern: dns1123Label } : { not: {} },
      labels: strMap,
      annotations: strMap,
    },
    ['name'],
  );
const templateMeta = closed({ labels: strMap, annotations: strMap });
const labelSelector = closed({ matchLabels: strMap, matchExpressions: arrayOf({ type: 'object' }) });

const httpGet = closed(
  { path: { type: 'string', pattern: '^/' }, port: intOrString, scheme: { enum: ['HTTP', 'HTTPS'] } },
  ['port'],
);
const probe = closed(
  {
    httpGet,
    initialDelaySeconds: int,
    periodSeconds: { type: 'integer', minimum: 1 },
    timeoutSeconds: { type: 'integer', minimum: 1 },
    failureThreshold: { type: 'integer', minimum: 1 },
    successThreshold: { type: 'integer', minimum: 1 },
    terminationGracePeriodSeconds: int,
  },
  ['httpGet'],
);
const keyRef = closed({ name: str, key: str, optional: bool }, ['name', 'key']);
const envVar = closed(
  {
    name: { type: 'string', pattern: '^[-._a-zA-Z][-._a-zA-Z0-9]*$' },
    value: str,
    valueFrom: closed({
      secretKeyRef: keyRef,
      configMapKeyRef: keyRef,
      fieldRef: closed({ fieldPath: str, apiVersion: str }, ['fieldPath']),
    }),
  },
  ['name'],
);
const envFromSource = closed({
  prefix: str,
  configMapRef: closed({ name: str, optional: bool }, ['name']),
  secretRef: closed({ name: str, optional: bool }, ['name']),
});
const resources = closed({
  requests: closed({ cpu: quantity, memory: quantity, 'ephemeral-storage': quantity }),
  limits: closed({ cpu: quantity, memory: quantity, 'ephemeral-storage': quantity }),
});
const securityContext = closed({
  allowPrivilegeEscalation: bool,
  readOnlyRootFilesystem: bool,
  runAsNonRoot: bool,
  runAsUser: int,
  runAsGroup: int,
  privileged: bool,
  capabilities: closed({ add: arrayOf(str), drop: arrayOf(str) }),
  seccompProfile: closed(
    { type: { enum: ['RuntimeDefault', 'Localhost', 'Unconfined'] }, localhostProfile: str },
    ['type'],
  ),
});
const lifecycleHandler = closed({
  sleep: closed({ seconds: { type: 'integer', minimum: 0 } }, ['seconds']),
  exec: closed({ command: arrayOf(str) }),
  httpGet,
});
const container = closed(
  {
    name: { type: 'string', pattern: dns1123Label },
    image: { type: 'string', minLength: 1 },
    imagePullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
    command: arrayOf(str),
    args: arrayOf(str),
    ports: arrayOf(
      closed(
        {
          name: { type: 'string', maxLength: 15 },
          containerPort: { type: 'integer', minimum: 1, maximum: 65535 },
          protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
        },
        ['containerPort'],
      ),
    ),
    env: arrayOf(envVar),
    envFrom: arrayOf(envFromSource),
    resources,
    startupProbe: probe,
    livenessProbe: probe,
    readinessProbe: probe,
    lifecycle: closed({ preStop: lifecycleHandler, postStart: lifecycleHandler }),
    securityContext,
    volumeMounts: arrayOf(
      closed({ name: str, mountPath: { type: 'string', pattern: '^/' }, readOnly: bool, subPath: str }, [
        'name',
        'mountPath',
      ]),
    ),
  },
  ['name', 'image'],
);
const volume = closed(
  {
    name: { type: 'string', pattern: dns1123Label },
    emptyDir: closed({ medium: str, sizeLimit: quantity }),
    configMap: closed({ name: str, optional: bool, defaultMode: int, items: arrayOf({ type: 'object' }) }, [
      'name',
    ]),
    secret: closed({ secretName: str, optional: bool, defaultMode: int }, ['secretName']),
  },
  ['name'],
);
const podSpec = closed(
  {
    serviceAccountName: str,
    automountServiceAccountToken: bool,
    restartPolicy: { enum: ['Always', 'OnFailure', 'Never'] },
    terminationGracePeriodSeconds: { type: 'integer', minimum: 0 },
    securityContext: closed({
      runAsNonRoot: bool,
      runAsUser: int,
      runAsGroup: int,
      fsGroup: int,
      seccompProfile: closed(
        { type: { enum: ['RuntimeDefault', 'Localhost', 'Unconfined'] }, localhostProfile: str },
        ['type'],
      ),
    }),
    topologySpreadConstraints: arrayOf(
      closed(
        {
          maxSkew: { type: 'integer', minimum: 1 },
          topologyKey: str,
          whenUnsatisfiable: { enum: ['DoNotSchedule', 'ScheduleAnyway'] },
          labelSelector,
        },
        ['maxSkew', 'topologyKey', 'whenUnsatisfiable'],
      ),
    ),
    initContainers: arrayOf(container),
    containers: arrayOf(container, 1),
    volumes: arrayOf(volume),
  },
  ['containers'],
);
const podTemplate = closed({ metadata: templateMeta, spec: podSpec }, ['spec']);

const kind = (
  apiVersion: string,
  k: string,
  extra: Record<string, Schema>,
  required: string[] = [],
  namespaced = true,
): Schema =>
  closed(
    { apiVersion: { const: apiVersion }, kind: { const: k }, metadata: objectMeta(namespaced), ...extra },
    ['apiVersion', 'kind', 'metadata', ...required],
  );

const networkPolicyPeer = closed({
  podSelector: labelSelector,
  namespaceSelector: labelSelector,
  ipBlock: closed({ cidr: str, except: arrayOf(str) }, ['cidr']),
});
const networkPolicyPort = closed({
  protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
  port: intOrString,
  endPort: int,
});

export const schemas: Record<string, Schema> = {
  'v1/ServiceAccount': kind('v1', 'ServiceAccount', { automountServiceAccountToken: bool }),
  'v1/ConfigMap': kind('v1', 'ConfigMap', { data: strMap, immutable: bool }),
  'v1/Service': kind(
    'v1',
    'Service',
    {
      spec: closed(
        {
          type: { enum: ['ClusterIP', 'NodePort', 'LoadBalancer'] },
          selector: strMap,
          ports: arrayOf(
            closed(
              {
                name: str,
                port: { type: 'integer', minimum: 1, maximum: 65535 },
                targetPort: intOrString,
                protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
              },
              ['port'],
            ),
            1,
          ),
        },
        ['ports'],
      ),
    },
    ['spec'],
  ),
  'apps/v1/Deployment': kind(
    'apps/v1',
    'Deployment',
    {
      spec: closed(
        {
          replicas: { type: 'integer', minimum: 0 },
          revisionHistoryLimit: int,
          selector: labelSelector,
          strategy: closed({
            type: { enum: ['RollingUpdate', 'Recreate'] },
            rollingUpdate: closed({
              maxUnavailable: { type: ['integer', 'string'] },
              maxSurge: { type: ['integer', 'string'] },
            }),
          }),
          template: podTemplate,
        },
        ['selector', 'template'],
      ),
    },
    ['spec'],
  ),
  'batch/v1/Job': kind(
    'batch/v1',
    'Job',
    {
      spec: closed(
        {
          backoffLimit: { type: 'integer', minimum: 0 },
          activeDeadlineSeconds: { type: 'integer', minimum: 1 },
          ttlSecondsAfterFinished: int,
          template: podTemplate,
        },
        ['template'],
      ),
    },
    ['spec'],
  ),
  'policy/v1/PodDisruptionBudget': kind(
    'policy/v1',
    'PodDisruptionBudget',
    {
      spec: closed(
        {
          minAvailable: { type: ['integer', 'string'] },
          maxUnavailable: { type: ['integer', 'string'] },
          selector: labelSelector,
        },
        ['selector'],
      ),
    },
    ['spec'],
  ),
  'autoscaling/v2/HorizontalPodAutoscaler': kind(
    'autoscaling/v2',
    'HorizontalPodAutoscaler',
    {
      spec: closed(
        {
          scaleTargetRef: closed({ apiVersion: str, kind: str, name: str }, ['kind', 'name']),
          minReplicas: { type: 'integer', minimum: 1 },
          maxReplicas: { type: 'integer', minimum: 1 },
          metrics: arrayOf(
            closed(
              {
                type: { enum: ['Resource', 'Pods', 'Object', 'External', 'ContainerResource'] },
                resource: closed(
                  {
                    name: str,
                    target: closed(
                      {
                        type: { enum: ['Utilization', 'Value', 'AverageValue'] },
                        averageUtilization: int,
                        averageValue: quantity,
                        value: quantity,
                      },
                      ['type'],
                    ),
                  },
                  ['name', 'target'],
                ),
              },
              ['type'],
            ),
          ),
          behavior: { type: 'object' },
        },
        ['scaleTargetRef', 'maxReplicas'],
      ),
    },
    ['spec'],
  ),
  'networking.k8s.io/v1/Ingress': kind(
    'networking.k8s.io/v1',
    'Ingress',
    {
      spec: closed({
        ingressClassName: str,
        tls: arrayOf(
          closed({ hosts: arrayOf({ type: 'string', pattern: dns1123Subdomain }), secretName: str }),
        ),
        rules: arrayOf(
          closed({
            host: { type: 'string', pattern: dns1123Subdomain },
            http: closed(
              {
                paths: arrayOf(
                  closed(
                    {
                      path: { type: 'string', pattern: '^/' },
                      pathType: { enum: ['Exact', 'Prefix', 'ImplementationSpecific'] },
                      backend: closed({
                        service: closed({ name: str, port: closed({ name: str, number: int }) }, [
                          'name',
                          'port',
                        ]),
                      }),
                    },
                    ['pathType', 'backend'],
                  ),
                  1,
                ),
              },
              ['paths'],
            ),
          }),
        ),
      }),
    },
    ['spec'],
  ),
  'networking.k8s.io/v1/NetworkPolicy': kind(
    'networking.k8s.io/v1',
    'NetworkPolicy',
    {
      spec: closed(
        {
          podSelector: labelSelector,
          policyTypes: arrayOf({ enum: ['Ingress', 'Egress'] }),
          ingress: arrayOf(closed({ from: arrayOf(networkPolicyPeer), ports: arrayOf(networkPolicyPort) })),
          egress: arrayOf(closed({ to: arrayOf(networkPolicyPeer), ports: arrayOf(networkPolicyPort) })),
        },
        ['podSelector'],
      ),
    },
    ['spec'],
  ),
  /** Strimzi `KafkaTopic` (kafka.strimzi.io/v1, Strimzi 0.49+; the only version Strimzi 1.0 serves). */
  'kafka.strimzi.io/v1/KafkaTopic': kind(
    'kafka.strimzi.io/v1',
    'KafkaTopic',
    {
      spec: closed({
        topicName: { type: 'string', pattern: '^[a-zA-Z0-9._-]{1,249}$' },
        partitions: { type: 'integer', minimum: 1 },
        replicas: { type: 'integer', minimum: 1, maximum: 32767 },
        config: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
      }),
    },
    ['spec'],
  ),
};

const duration: Schema = { type: 'string', pattern: '^([0-9]+(ms|s|m|h|d|w|y))+$' };
const strimziConfig: Schema = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};
const strimziResources = closed({
  requests: closed({ cpu: quantity, memory: quantity }),
  limits: closed({ cpu: quantity, memory: quantity }),
});
const aclOperation = {
  enum: [
    'Read',
    'Write',
    'Create',
    'Delete',
    'Alter',
    'Describe',
    'ClusterAction',
    'AlterConfigs',
    'DescribeConfigs',
    'IdempotentWrite',
    'All',
  ],
};

/**
 * Strimzi `KafkaUser`, `Kafka` and `KafkaNodePool` (kafka.strimzi.io/v1, Strimzi 0.49+: the v1 ACL rule has only
 * `operations`, the deprecated `operation` is gone) and the Prometheus Operator's `ServiceMonitor` and
 * `PrometheusRule` (monitoring.coreos.com/v1), transcribed from their CRDs for the fields k8s/ uses.
 */
Object.assign(schemas, {
  'kafka.strimzi.io/v1/KafkaUser': kind(
    'kafka.strimzi.io/v1',
    'KafkaUser',
    {
      spec: closed({
        authentication: closed({ type: { enum: ['tls', 'tls-external', 'scram-sha-512'] } }, ['type']),
        authorization: closed(
          {
            type: { const: 'simple' },
            acls: arrayOf(
              closed(
                {
                  resource: closed(
                    {
                      type: { enum: ['topic', 'group', 'cluster', 'transactionalId'] },
                      name: str,
                      patternType: { enum: ['literal', 'prefix'] },
                    },
                    ['type'],
                  ),
                  operations: arrayOf(aclOperation, 1),
                  host: str,
                  type: { enum: ['allow', 'deny'] },
                },
                ['resource', 'operations'],
              ),
            ),
          },
          ['type'],
        ),
      }),
    },
    ['spec'],
  ),
  'kafka.strimzi.io/v1/Kafka': kind(
    'kafka.strimzi.io/v1',
    'Kafka',
    {
      spec: closed(
        {
          kafka: closed(
            {
              version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
              metadataVersion: str,
              listeners: arrayOf(
                closed(
                  {
                    name: { type: 'string', pattern: '^[a-z0-9]{1,11}$' },
                    port: { type: 'integer', minimum: 9092 },
                    type: {
                      enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'],
                    },
                    tls: bool,
                    authentication: closed({ type: { enum: ['tls', 'scram-sha-512', 'custom'] } }, ['type']),
                    configuration: { type: 'object' },
                  },
                  ['name', 'port', 'type', 'tls'],
                ),
                1,
              ),
              authorization: closed({ type: { enum: ['simple', 'custom'] }, superUsers: arrayOf(str) }, [
                'type',
              ]),
              config: strimziConfig,
              resources: strimziResources,
              template: { type: 'object' },
            },
            ['listeners'],
          ),
          entityOperator: closed({
            topicOperator: closed({
              watchedNamespace: { type: 'string', pattern: dns1123Label },
              reconciliationIntervalMs: int,
              resources: strimziResources,
            }),
            userOperator: closed({
              watchedNamespace: { type: 'string', pattern: dns1123Label },
              reconciliationIntervalMs: int,
              resources: strimziResources,
            }),
          }),
          kafkaExporter: { type: 'object' },
          cruiseControl: { type: 'object' },
        },
        ['kafka'],
      ),
    },
    ['spec'],
  ),
  'kafka.strimzi.io/v1/KafkaNodePool': kind(
    'kafka.strimzi.io/v1',
    'KafkaNodePool',
    {
      spec: closed(
        {
          replicas: { type: 'integer', minimum: 0 },
          roles: arrayOf({ enum: ['controller', 'broker'] }, 1),
          storage: closed(
            {
              type: { enum: ['ephemeral', 'persistent-claim', 'jbod'] },
              size: quantity,
              class: str,
              deleteClaim: bool,
              volumes: arrayOf({ type: 'object' }),
            },
            ['type'],
          ),
          resources: strimziResources,
          jvmOptions: { type: 'object' },
          template: { type: 'object' },
        },
        ['replicas', 'roles', 'storage'],
      ),
    },
    ['spec'],
  ),
  'monitoring.coreos.com/v1/ServiceMonitor': kind(
    'monitoring.coreos.com/v1',
    'ServiceMonitor',
    {
      spec: closed(
        {
          selector: labelSelector,
          namespaceSelector: closed({ any: bool, matchNames: arrayOf(str) }),
          jobLabel: str,
          endpoints: arrayOf(
            closed({
              port: str,
              path: { type: 'string', pattern: '^/' },
              scheme: { enum: ['http', 'https'] },
              interval: duration,
              scrapeTimeout: duration,
              honorLabels: bool,
            }),
            1,
          ),
        },
        ['selector', 'endpoints'],
      ),
    },
    ['spec'],
  ),
  'monitoring.coreos.com/v1/PrometheusRule': kind(
    'monitoring.coreos.com/v1',
    'PrometheusRule',
    {
      spec: closed(
        {
          groups: arrayOf(
            closed(
              {
                name: str,
                interval: duration,
                rules: arrayOf(
                  closed(
                    {
                      alert: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                      record: str,
                      expr: { type: 'string', minLength: 1 },
                      for: duration,
                      keep_firing_for: duration,
                      labels: strMap,
                      annotations: strMap,
                    },
                    ['expr'],
                  ),
                  1,
                ),
              },
              ['name', 'rules'],
            ),
            1,
          ),
        },
        ['groups'],
      ),
    },
    ['spec'],
  ),
});

export const schemaKey = (o: { apiVersion?: string; kind?: string }): string => `${o.apiVersion}/${o.kind}`;
