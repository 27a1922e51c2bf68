import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CloudEvent, InvalidCloudEventError } from './cloud-event';
import { EventType, EventTypes, isEventType, PayloadOf } from './event-types';

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** Checks the type is known and the payload is valid for it; returns the typed payload instance. */
export function validateEventPayload<T extends EventType>(type: T, data: unknown): PayloadOf<T>;
export function validateEventPayload(type: string, data: unknown): object;
export function validateEventPayload(type: string, data: unknown): object {
  if (!isEventType(type)) throw new InvalidCloudEventError(`unknown event type ${type}`);
  if (data === null || typeof data !== 'object') throw new InvalidCloudEventError('payload is not an object');
  const instance = plainToInstance(EventTypes[type].payload as new () => object, data);
  const problems = flatten(validateSync(instance, { forbidUnknownValues: false }));
  if (problems.length > 0) throw new InvalidCloudEventError(`${type} payload: ${problems.join('; ')}`);
  return instance;
}

export function validateCloudEvent(event: CloudEvent<unknown>): CloudEvent<object> {
  return { ...event, data: validateEventPayload(event.type, event.data) };
}
