import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min } from 'class-validator';

export class TicketStateV1 {
  @IsUUID() ticketId!: string;
  @IsString() site!: string;
  @IsString() tenant!: string;
  @IsString() service!: string;
  /** Display number, e.g. A007: a letter per service group and a daily counter. */
  @IsString() number!: string;
  @IsIn(['waiting', 'called', 'served', 'missed', 'cancelled']) status!: string;
  @IsISO8601() issuedAt!: string;
  @IsOptional() @IsString() counter?: string;
  @IsOptional() @IsISO8601() calledAt?: string;
  @IsOptional() @IsInt() @Min(0) estimatedWaitMinutes?: number;
  /** Additive (statistics): the service group's letter, the local day, calls so far, seconds from issue to call. */
  @IsOptional() @IsString() serviceGroup?: string;
  @IsOptional() @IsString() day?: string;
  @IsOptional() @IsInt() @Min(0) calls?: number;
  @IsOptional() @IsInt() @Min(0) waitSeconds?: number;
  /** Additive: set when the ticket stands for a checked-in appointment. */
  @IsOptional() @IsString() bookingCode?: string;
  /** Additive: the ticket the same counter called before, as it ended (served or missed), with its times. */
  @IsOptional() @IsString() previousNumber?: string;
  @IsOptional() @IsIn(['served', 'missed', 'waiting']) previousStatus?: string;
  @IsOptional() @IsISO8601() previousServedAt?: string;
  @IsOptional() @IsInt() @Min(0) previousServiceSeconds?: number;
}

export class TicketIssuedV1 extends TicketStateV1 {}
export class TicketCalledV1 extends TicketStateV1 {}
