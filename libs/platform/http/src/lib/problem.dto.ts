import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEM_TYPE_BASE } from './problem';

/** One field that failed validation. */
export class FieldProblemDto {
  @ApiProperty({
    example: 'citizen.fiscalCode',
    description: 'Path of the field in the request (body, query or header name)',
  })
  field!: string;

  @ApiProperty({ example: 'fiscalCode must be a valid Italian codice fiscale' })
  message!: string;
}

/** The one error schema of every service: RFC 9457 problem details. Extension members may follow. */
export class ProblemDto {
  @ApiProperty({
    format: 'uri',
    example: `${PROBLEM_TYPE_BASE}validation`,
    description: `Absolute URI of the problem type, documented at ${PROBLEM_TYPE_BASE}<code> (docs/problems.md)`,
  })
  type!: string;

  @ApiProperty({
    example: 'The request is not valid',
    description: 'Short, human-readable summary of the type',
  })
  title!: string;

  @ApiProperty({ example: 400, minimum: 400, maximum: 599 })
  status!: number;

  @ApiProperty({
    example: 'citizen.fiscalCode: fiscalCode must be a valid Italian codice fiscale',
    description: 'What went wrong this time',
  })
  detail!: string;

  @ApiPropertyOptional({ example: '/scheduling/v1/bookings', description: 'The path of the request' })
  instance?: string;

  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'Validation errors, one per field' })
  errors?: FieldProblemDto[];

  @ApiPropertyOptional({
    example: 30,
    description: 'With 429 and 503: seconds to wait (also the Retry-After header)',
  })
  retryAfterSeconds?: number;
}
