import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class OptOutBody {
  @ApiProperty({ description: 'The token of the link in the message' })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  token!: string;
}

export class OptOutDto {
  @ApiProperty() tenant!: string;
  @ApiProperty({ enum: ['email', 'sms', 'appio'] }) channel!: string;
}
