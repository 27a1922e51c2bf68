import { ApiProperty } from '@nestjs/swagger';

/** What the opt-out stopped: one municipality's messages on one channel. */
export class OptOutResponse {
  @ApiProperty({ example: 'cesena' })
  tenant!: string;

  @ApiProperty({ enum: ['email', 'sms', 'appio'], example: 'email' })
  channel!: string;
}
