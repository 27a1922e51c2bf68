import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EXAMPLE } from '../openapi/examples';

@ApiSchema({ name: 'Slot', description: 'A free appointment slot' })
export class SlotResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.start, description: 'With the Europe/Rome offset' })
  start!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.end }) end!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 3, description: 'Counters still free' })
  available!: number;
}

@ApiSchema({ name: 'Availability' })
export class AvailabilityResponse {
  @ApiProperty({ type: [SlotResponse], description: 'By start, then site' }) slots!: SlotResponse[];
}

@ApiSchema({
  name: 'Hold',
  description: 'A slot kept for a few minutes: book it with holdId before expiresAt',
})
export class HoldResponse {
  @ApiProperty({ format: 'uuid', example: EXAMPLE.uuid }) holdId!: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-01T10:10:00+02:00' }) expiresAt!: string;
}
