import type { Rotation } from '@facile/scheduling/domain';

/** Port: the shared calendar. `insertChecked` runs `check` and the insert under one lock per resource. */
export abstract class RotationStore {
  abstract list(): Promise<Rotation[]>;
  abstract insertChecked(
    rotation: Rotation,
    tenant: string,
    check: (sameResource: Rotation[]) => void,
  ): Promise<void>;
  /** Replaces the rotation `rotation.id` after `check` passed, under the same lock; false when there is none. */
  abstract replaceChecked(
    rotation: Rotation,
    tenant: string,
    check: (sameResource: Rotation[]) => void,
  ): Promise<boolean>;
}
