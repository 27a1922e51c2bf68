import { MicroCache } from '@facile/platform/persistence';
import { Slot } from '@facile/scheduling/domain';

/**
 * Availability answers, micro-cached (see MicroCache): identical queries within the TTL share one computation,
 * stale-while-revalidate up to twice the TTL, cleared by every booking, hold and closure of this process.
 * Never a correctness risk: capacity is enforced by the database when booking.
 */
export class AvailabilityCache extends MicroCache<{ slots: Slot[] }> {}
