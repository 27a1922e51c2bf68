import {
  IsInt,
  IsString,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  DEVELOPMENT_LINK_SECRET,
  PlatformConfig,
  RefusedInProduction,
  Secret,
} from '@facile/platform/config';
import { clientList } from '@facile/scheduling/infrastructure';

/** A comma-separated list of IPv4/IPv6 addresses and subnets (empty: none). */
@ValidatorConstraint({ name: 'clientList' })
class ClientListFormat implements ValidatorConstraintInterface {
  validate(raw: unknown): boolean {
    try {
      clientList(String(raw).split(','));
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'SLOT_LIMIT_EXEMPT_CLIENTS must be a comma-separated list of addresses or subnets, e.g. 10.20.0.0/16,192.0.2.7';
  }
}

export class SchedulingConfig extends PlatformConfig {
  @IsInt() @Min(1) @Max(65535) override PORT: number = 3002;
  /** How long a hold keeps its slot. */
  @IsInt() @Min(30) @Max(3600) HOLD_TTL_SECONDS: number = 600;
  /** Identical availability queries share one answer for this long (micro-cache; 0 = off). */
  @IsInt() @Min(0) @Max(60000) AVAILABILITY_CACHE_MS: number = 1000;
  /**
   * Sites, procedures, offerings and closures are kept in memory this long (ADR 30; 0 = off): this process's own
   * changes show at once, another replica's (and the catalogue's) within this time.
   */
  @IsInt() @Min(0) @Max(60000) REFERENCE_CACHE_MS: number = 2000;
  /** Identical statistics requests share one answer for this long (0 = off); the figures trail events anyway. */
  @IsInt() @Min(0) @Max(300000) STATISTICS_CACHE_MS: number = 5000;
  /** Lookups by booking code per client address and minute. */
  @IsInt() @Min(1) @Max(100000) LOOKUP_RATE_LIMIT_PER_MINUTE: number = 120;
  /** Unanswered calls after which a walk-in ticket is missed (it can be recalled). */
  @IsInt() @Min(1) @Max(10) QUEUE_MAX_CALLS: number = 3;

  // Slot hoarding (ADR 0019). Per client address the limits are generous, for an office or a desk kiosk behind one
  // address; the per-contact limit is the citizen's own, and the main guard.
  /** Holds per client address and window: a citizen trying a few slots takes 3-5; a busy desk kiosk ~20 an hour. */
  @IsInt() @Min(1) @Max(100000) HOLDS_PER_CLIENT: number = 30;
  @IsInt() @Min(1) @Max(86400) HOLDS_PER_CLIENT_WINDOW_SECONDS: number = 600;
  /** Live holds one client address may have at once (each is given back when it is booked or expires). */
  @IsInt() @Min(1) @Max(10000) OPEN_HOLDS_PER_CLIENT: number = 5;
  /** Booking attempts per client address and window. */
  @IsInt() @Min(1) @Max(100000) BOOKINGS_PER_CLIENT: number = 30;
  @IsInt() @Min(1) @Max(86400) BOOKINGS_PER_CLIENT_WINDOW_SECONDS: number = 3600;
  /** Bookings per e-mail address and per phone number and window: a household of six booking under one parent's address. */
  @IsInt() @Min(1) @Max(100000) BOOKINGS_PER_CONTACT: number = 6;
  @IsInt() @Min(1) @Max(604800) BOOKINGS_PER_CONTACT_WINDOW_SECONDS: number = 3600;
  /** Addresses and subnets exempt from the per-address limits (the desks' own networks); per-contact limits still apply. */
  @IsString() @Validate(ClientListFormat) SLOT_LIMIT_EXEMPT_CLIENTS: string = '';

  // Confirm-by-link mode (tenants file: bookingConfirmation, confirmWithinMinutes; ADR 0019).
  /** Shared with notifications: link tokens are HMACs of it. At least 32 characters; the default is refused in production. */
  @Secret() @IsString() @MinLength(32) @RefusedInProduction(DEVELOPMENT_LINK_SECRET) LINK_SECRET: string =
    DEVELOPMENT_LINK_SECRET;
  /** How often pending bookings not confirmed in time are released. */
  @IsInt() @Min(100) @Max(3600000) PENDING_SWEEP_MS: number = 15000;
}
