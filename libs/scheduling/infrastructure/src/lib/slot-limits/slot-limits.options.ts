/** The configured limits against slot hoarding (SchedulingConfig, README's configuration table). */
export interface SlotLimitsOptions {
  holdsPerClient: { points: number; windowSeconds: number };
  openHoldsPerClient: number;
  bookingsPerClient: { points: number; windowSeconds: number };
  bookingsPerContact: { points: number; windowSeconds: number };
  /** Addresses and subnets (`10.20.0.0/16`, `192.0.2.7`) exempt from the per-address limits: the desks' own networks. */
  exemptClients: string[];
}

export const SLOT_LIMITS_OPTIONS = Symbol('SLOT_LIMITS_OPTIONS');
