import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { DELIVERY_STATUSES } from '@facile/notifications/domain';

export class DeliveriesQuery {
  @ApiPropertyOptional({ description: 'Municipality id' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES }) @IsOptional() @IsIn(DELIVERY_STATUSES) status?: string;

  @ApiPropertyOptional({ description: 'Source event type, e.g. scheduling.booking.created' })
  @IsOptional()
  @Matches(/^[a-z]+(\.[a-z-]+)+$/, { message: 'type must be an event type' })
  @MaxLength(100)
  type?: string;
}

export class DeliveryIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() tenant!: string;
  @ApiProperty({ enum: ['email', 'sms', 'appio'] }) channel!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) providerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() sourceEventId!: string;
  @ApiProperty() sourceEventType!: string;
  @ApiProperty({ nullable: true, type: String }) bookingRef!: string | null;
  @ApiProperty({ nullable: true, type: String }) caseRef!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
}
