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
  @ValidateNested() @Type(() => CitizenContactV1) citizen!: CitizenContactV1;
}

export class RegistrationCreatedV1 extends RegistrationStateV1 {}
export class RegistrationWaitlistedV1 extends RegistrationStateV1 {}
export class RegistrationPromotedV1 extends RegistrationStateV1 {}
export class RegistrationCancelledV1 extends RegistrationStateV1 {}
