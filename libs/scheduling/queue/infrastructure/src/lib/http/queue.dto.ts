import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class IssueTicketDto {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  @Matches(SLUG, { message: 'service must be a procedure slug' })
  @MaxLength(100)
  service!: string;
  @ApiProperty({ example: 'cesena', description: "The citizen's municipality" })
  @Matches(SLUG, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant!: string;
}

export class CallNextDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    example: 1,
    description: 'The counter number at the site (1..counters)',
  })
  @IsInt()
  @Min(1)
  @Max(100)
  counter!: number;
  @ApiPropertyOptional({
    enum: ['served', 'no-answer'],
    example: 'served',
    description: 'What became of the ticket this counter called before (default served)',
  })
  @IsOptional()
  @IsIn(['served', 'no-answer'])
  previous?: 'served' | 'no-answer';
}

export class TicketParams {
  @ApiProperty({ example: 'cesena-centro' })
  @Matches(SLUG, { message: 'id must be a site id' })
  @MaxLength(100)
  id!: string;
  @ApiProperty({ example: 'A007' })
  @Matches(/^[A-Za-z][0-9]{3,6}$/, { message: 'number must look like A007' })
  number!: string;
}

export class QueueGroupParams {
  @ApiProperty({ example: 'attivazione-spid-lepidaid' })
  @Matches(SLUG, { message: 'service must be a procedure slug' })
  @MaxLength(100)
  service!: string;
}

export class QueueGroupDto {
  @ApiProperty({ example: 'B' })
  @Matches(/^[A-Z]$/, { message: 'letter must be one capital letter' })
  letter!: string;
}
