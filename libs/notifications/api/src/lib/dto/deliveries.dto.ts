import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { DELIVERY_STATUSES } from '@facile/notifications/domain';

export class DeliveriesQuery {
  @ApiPropertyOptional({ example: 'cesena', description: 'Municipality id' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'scheduling.booking.created', description: 'Source event type' })
  @IsOptional()
  @Matches(/^[a-z]+(\.[a-z-]+)+$/, { message: 'type must be an event type' })
  @MaxLength(100)
  type?: string;
}

export class DeliveryIdParams {
  @ApiProperty({ format: 'uuid', example: '3f0c1f4e-8a51-4d38-9a0e-6f5d1c2b7a90' }) @IsUUID() id!: string;
}
