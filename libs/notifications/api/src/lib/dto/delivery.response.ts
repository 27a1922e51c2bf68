import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_STATUSES } from '@facile/notifications/domain';

const CHANNELS = ['email', 'sms', 'appio'];

/** One message sent, or tried, on one channel. */
export class DeliveryResponse {
  @ApiProperty({ format: 'uuid', example: '3f0c1f4e-8a51-4d38-9a0e-6f5d1c2b7a90' })
  id!: string;

  @ApiProperty({ example: 'cesena', description: 'The municipality the message is sent for' })
  tenant!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  channel!: string;

  @ApiProperty({
    example: 'anna.verdi@example.org',
    description: 'E-mail address, phone number or fiscal code (App IO)',
  })
  recipient!: string;

  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'sent' })
  status!: string;

  @ApiProperty({ type: 'integer', minimum: 0, example: 1 })
  attempts!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '<20270406070000.1a2b3c@sportellofacile>',
    description: "The provider's message id",
  })
  providerId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why the last attempt failed' })
  lastError!: string | null;

  @ApiProperty({
    example: '9b2f7c1a-4d3e-4b6a-8f0e-2c1d5a7e9b30',
    description: 'The CloudEvents id of the event it answers',
  })
  sourceEventId!: string;

  @ApiProperty({ example: 'scheduling.booking.created' })
  sourceEventType!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'M3KQ-7XPA',
    description: 'The booking code, for booking messages',
  })
  bookingRef!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'The case code, for case messages',
  })
  caseRef!: string | null;

  @ApiProperty({ example: 'Appuntamento confermato M3KQ-7XPA' })
  subject!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-06T07:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-06T07:00:02.000Z' })
  updatedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2027-04-06T07:00:02.000Z' })
  sentAt!: string | null;
}
