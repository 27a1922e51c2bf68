import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { CitizenContactV1 } from './scheduling-booking.events';

export class RegistrationStateV1 {
  @IsUUID() registrationId!: string;
  @IsString() code!: string;
  @IsUUID() sessionId!: string;
  @IsString() tenant!: string;
  @IsString() site!: string;
  @IsString() title!: string;
  @IsISO8601() start!: string;
  @IsISO8601() end!: string;
  @IsIn(['registered', 'waitlisted', 'cancelled']) status!: 'registered' | 'waitlisted' | 'cancelled';
  @IsOptional() @IsInt() @Min(1) position?: number;
  @IsOptional() @IsString() caseCode?: string;
  @IsOptional() @IsString() reason?: string;
  /** Additive: the session's seats, registered count and waiting count after this change (statistics). */
  @IsOptional() @IsInt() @Min(1) seats?: number;
  @IsOptional() @IsInt() @Min(0) registeredCount?: number;
  @IsOptional() @IsInt() @Min(0) waitlistedCount?: number;
  /** Additive: when the registration was made (statistics measure waiting-list time with promotedAt). */
  @IsOptional() @IsISO8601() registeredAt?: string;
  @IsOptional() @IsISO8601() promotedAt?: string;
  @ValidateNested() @Type(() => CitizenContactV1) citizen!: CitizenContactV1;
}

export class RegistrationCreatedV1 extends RegistrationStateV1 {}
export class RegistrationWaitlistedV1 extends RegistrationStateV1 {}
export class RegistrationPromotedV1 extends RegistrationStateV1 {}
export class RegistrationCancelledV1 extends RegistrationStateV1 {}
