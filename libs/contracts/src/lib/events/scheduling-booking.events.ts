import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';

/** Contact data a message needs (the codice fiscale only addresses App IO messages). */
export class CitizenContactV1 {
  @IsString() firstName!: string;
  @IsString() lastName!: string;
  /** Codice fiscale, upper case: App IO addresses citizens by it. Optional and additive (v1 consumers ignore it). */
  @IsOptional() @IsString() fiscalCode?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsIn(['it', 'en']) locale?: 'it' | 'en';
}

/** `pending` and `expired` only in a municipality's confirm-by-link mode (ADR 0019). */
export const BOOKING_STATUSES = [
  'pending',
  'booked',
  'checked-in',
  'completed',
  'no-show',
  'cancelled',
  'expired',
] as const;

export class BookingStateV1 {
  @IsUUID() bookingId!: string;
  @IsString() code!: string;
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) services!: string[];
  @IsString() tenant!: string;
  @IsString() site!: string;
  @IsISO8601() start!: string;
  @IsISO8601() end!: string;
  @IsIn(BOOKING_STATUSES) status!: (typeof BOOKING_STATUSES)[number];
  /** Bumped on every change: the iCalendar SEQUENCE. */
  @IsInt() sequence!: number;
  @IsISO8601() createdAt!: string;
  @IsOptional() @IsString() caseCode?: string;
  /** The site's name as citizens know it (e.g. "Sportello polifunzionale di Cesena"). */
  @IsOptional() @IsString() siteName?: string;
  @IsOptional() @IsString() siteAddress?: string;
  /** The procedures' titles, in the order of `services`. */
  @IsOptional() @IsArray() @IsString({ each: true }) serviceTitles?: string[];
  @ValidateNested() @Type(() => CitizenContactV1) citizen!: CitizenContactV1;
}

export class BookingCreatedV1 extends BookingStateV1 {}
export class BookingCancelledV1 extends BookingStateV1 {
  @IsOptional() @IsString() reason?: string;
}
export class BookingRescheduledV1 extends BookingStateV1 {
  @IsISO8601() previousStart!: string;
  @IsString() previousSite!: string;
}
export class BookingCheckedInV1 extends BookingStateV1 {}
export class BookingCompletedV1 extends BookingStateV1 {}
export class BookingNoShowV1 extends BookingStateV1 {}

/**
 * Confirm-by-link mode: the booking is pending (it holds its slot) until the citizen opens the link sent to them by
 * `confirmBy`; then `scheduling.booking.created` follows (status booked), or else `scheduling.booking.expired`. The
 * link's token is never in the event: notifications derives it from the booking id and the shared LINK_SECRET.
 */
export class BookingRequestedV1 extends BookingStateV1 {
  @IsISO8601() confirmBy!: string;
}
/** A pending booking not confirmed in time: released (status expired), its slot free again. */
export class BookingExpiredV1 extends BookingStateV1 {}
