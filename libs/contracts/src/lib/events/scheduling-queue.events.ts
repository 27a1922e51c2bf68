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
}

export class TicketIssuedV1 extends TicketStateV1 {}
export class TicketCalledV1 extends TicketStateV1 {}
