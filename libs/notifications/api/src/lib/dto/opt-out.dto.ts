import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** JSON from front ends, or the confirmation page's form (urlencoded); the token may also be in the query. */
export class OptOutBody {
  @ApiPropertyOptional({ description: 'The token of the link in the message (or `?token=` in the URL)' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  token?: string;

  @ApiPropertyOptional({
    description: 'RFC 8058 one-click unsubscribe from mail clients',
    enum: ['One-Click'],
  })
  @IsOptional()
  @IsIn(['One-Click'])
  'List-Unsubscribe'?: string;
}

export class OptOutQuery {
  @ApiPropertyOptional({ description: 'The token of the link in the message' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  token?: string;
}
