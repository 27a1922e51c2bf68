import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { BookingStateV1 } from './scheduling-booking.events';

/**
 * A closure (or shorter hours) was added at the booking's site on its date: the booking stays as it is, and the
 * citizen is told to reschedule or cancel with the manage link. The full booking state, as in
 * `scheduling.booking.created`, plus the closure. Additive: consumers that do not know this type ignore it.
 */
export class BookingAffectedByClosureV1 extends BookingStateV1 {
  /** Local date (Europe/Rome) of the closure, `YYYY-MM-DD`. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/) closureDate!: string;
  @IsOptional() @IsString() closureReason?: string;
  /** The hours still open that day, as local `["HH:MM", "HH:MM"]` pairs; empty when closed all day. */
  @IsArray() @ArrayMaxSize(10) closureHours!: [string, string][];
}
