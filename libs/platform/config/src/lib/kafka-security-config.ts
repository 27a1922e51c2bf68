import { accessSync, constants } from 'node:fs';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsString,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { Secret } from './secret.decorator';

export const KAFKA_SASL_MECHANISMS = ['none', 'scram-sha-512', 'scram-sha-256', 'plain'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

const toBool = ({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
  const raw = obj[key] ?? value;
  return typeof raw === 'boolean' ? raw : ['1', 'true', 'yes', 'on'].includes(String(raw).toLowerCase());
};

/** A path this process can read now: a missing certificate is a start-up error naming the variable, not a Kafka timeout. */
function IsReadableFile(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isReadableFile',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || value.length === 0) return false;
          try {
            accessSync(value, constants.R_OK);
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: (a?: ValidationArguments) =>
          `${a?.property} must be a readable file (got '${String(a?.value)}')`,
      },
    });
}

/** Credentials and client certificates never cross the network in clear: they require KAFKA_SSL=true. */
function RequiresKafkaSsl(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'requiresKafkaSsl',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (_value: unknown, a: ValidationArguments) =>
          (a.object as KafkaSecurityConfig).KAFKA_SSL === true,
        defaultMessage: (a?: ValidationArguments) =>
          `${a?.property} needs KAFKA_SSL=true (no credentials or client keys over plaintext)`,
      },
    });
}

/**
 * How the services reach a secured Kafka (ADR 0018): TLS (the cluster's CA), then either SASL (SCRAM-SHA-512
 * by default in Kubernetes, SCRAM-SHA-256 or PLAIN) or a client certificate (mutual TLS). Everything off by
 * default: the local broker listens in plaintext on loopback. Kept apart from the rest of PlatformConfig
 * (which extends it) so the Kafka block reads, and changes, on its own.
 */
export abstract class KafkaSecurityConfig {
  /** TLS to the brokers (server certificate verified against KAFKA_SSL_CA_FILE, else the system CAs). */
  @Transform(toBool) @IsBoolean() KAFKA_SSL: boolean = false;

  /** PEM file of the CA that signed the brokers' certificates (Strimzi: the `<cluster>-cluster-ca-cert` Secret). */
  @ValidateIf((o: KafkaSecurityConfig) => o.KAFKA_SSL_CA_FILE !== undefined)
  @IsReadableFile()
  @RequiresKafkaSsl()
  KAFKA_SSL_CA_FILE?: string;

  /** Client certificate (PEM) for mutual TLS; needs KAFKA_SSL_KEY_FILE. */
  @ValidateIf(
    (o: KafkaSecurityConfig) => o.KAFKA_SSL_CERT_FILE !== undefined || o.KAFKA_SSL_KEY_FILE !== undefined,
  )
  @IsReadableFile()
  @RequiresKafkaSsl()
  KAFKA_SSL_CERT_FILE?: string;

  /** Private key (PEM, unencrypted: it is a mounted Secret) of KAFKA_SSL_CERT_FILE. */
  @ValidateIf(
    (o: KafkaSecurityConfig) => o.KAFKA_SSL_CERT_FILE !== undefined || o.KAFKA_SSL_KEY_FILE !== undefined,
  )
  @IsReadableFile()
  KAFKA_SSL_KEY_FILE?: string;

  @IsIn(KAFKA_SASL_MECHANISMS, {
    message: `KAFKA_SASL_MECHANISM must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}`,
  })
  @ValidateIf((o: KafkaSecurityConfig) => o.KAFKA_SASL_MECHANISM !== 'none')
  @RequiresKafkaSsl()
  KAFKA_SASL_MECHANISM: KafkaSaslMechanism = 'none';

  /** The KafkaUser's name in Kubernetes. */
  @ValidateIf((o: KafkaSecurityConfig) => o.KAFKA_SASL_MECHANISM !== 'none')
  @IsString()
  @MinLength(1, { message: 'KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_USERNAME?: string;

  /** The KafkaUser's password (Strimzi: key `password` of the Secret named after the user). */
  @Secret()
  @ValidateIf((o: KafkaSecurityConfig) => o.KAFKA_SASL_MECHANISM !== 'none')
  @IsString()
  @MinLength(1, { message: 'KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_PASSWORD?: string;
}
