import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';

export class DeliveryStateV1 {
  @IsUUID() deliveryId!: string;
  @IsString() sourceEventId!: string;
  @IsString() sourceEventType!: string;
  @IsIn(['email', 'sms', 'appio']) channel!: 'email' | 'sms' | 'appio';
  @IsString() tenant!: string;
  @IsIn(['sent', 'failed']) status!: 'sent' | 'failed';
  @IsInt() @Min(1) attempts!: number;
  @IsOptional() @IsString() providerId?: string;
  @IsOptional() @IsString() error?: string;
  @IsOptional() @IsString() subjectRef?: string;
}

export class DeliverySentV1 extends DeliveryStateV1 {}
export class DeliveryFailedV1 extends DeliveryStateV1 {}
