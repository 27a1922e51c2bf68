import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { secretKeysOf } from './secret.decorator';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => {
    const messages = Object.values(e.constraints ?? {});
    return messages.length ? [`${e.property}: ${messages.join('; ')}`] : describe(e.children ?? []);
  });
}

/**
 * Builds and validates one config class from environment variables (property name = variable name).
 * Throws ConfigError naming every bad or missing variable, so the process refuses to start.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') raw[k] = v;
  const instance = plainToInstance(cls, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigError(describe(errors));
  return instance;
}

/** The config as safe text for start-up logs: secrets shown as ***. */
export function describeConfig(config: object): Record<string, unknown> {
  const secrets = secretKeysOf(config.constructor);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) out[k] = secrets.has(k) ? '***' : v;
  return out;
}
