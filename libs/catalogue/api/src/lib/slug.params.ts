import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

export class SlugParams {
  @ApiProperty()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100)
  slug!: string;
}
