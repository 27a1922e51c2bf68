import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { STATISTICS_DIMENSIONS } from '@facile/scheduling/statistics-application';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class StatisticsQueryDto {
  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from!: string;
  @ApiProperty({
    format: 'date',
    example: '2027-12-31',
    description: 'Inclusive; at most two years after from',
  })
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to!: string;
  @ApiPropertyOptional({ enum: STATISTICS_DIMENSIONS, default: 'site' })
  @IsOptional()
  @IsIn(STATISTICS_DIMENSIONS, { message: `groupBy must be one of ${STATISTICS_DIMENSIONS.join(', ')}` })
  groupBy?: string;
  @ApiPropertyOptional({
    example: 'montiano',
    description: "A municipality: its citizens' appointments anywhere and everyone's at its sites",
  })
  @IsOptional()
  @Matches(SLUG, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant?: string;
  @ApiPropertyOptional({ example: 'cesena-centro' })
  @IsOptional()
  @Matches(SLUG, { message: 'site must be a site id' })
  @MaxLength(100)
  site?: string;
  @ApiPropertyOptional({
    enum: ['groups', 'flows'],
    default: 'groups',
    description:
      'Which table the CSV holds: `groups` (one line per groupBy key) or `flows` (cross-municipality flows); JSON always has both',
  })
  @IsOptional()
  @IsIn(['groups', 'flows'], { message: 'view must be groups or flows' })
  view?: 'groups' | 'flows';
}
