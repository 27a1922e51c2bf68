import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

export class SlugParams {
  @ApiProperty({
    example: 'carta-identita-elettronica',
    description: 'A procedure slug (shared/data/procedures.json)',
  })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100)
  slug!: string;
}
