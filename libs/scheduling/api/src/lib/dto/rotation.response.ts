import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'Rotation', description: 'A recurring presence of a resource at a site' })
export class RotationResponse {
  @ApiProperty({ example: 'digitale-facile-montiano' }) id!: string;
  @ApiProperty({ example: 'digitale-facile-team' }) resource!: string;
  @ApiProperty({ example: 'montiano-municipio' }) site!: string;
  @ApiProperty({
    example: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    description: 'RFC 5545 RRULE (date parts only)',
  })
  rrule!: string;
  @ApiProperty({ example: '14:30', description: 'Local start time' }) from!: string;
  @ApiProperty({ example: '17:30', description: 'Local end time' }) to!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) counters!: number;
  @ApiProperty({ format: 'date', example: '2027-01-01', description: 'DTSTART of the rule' })
  validFrom!: string;
  @ApiProperty({
    type: [String],
    example: ['facilitazione-digitale-individuale'],
    description: "Procedures delivered on the rotation's dates and hours",
  })
  services!: string[];
}

@ApiSchema({ name: 'RotationOccurrence' })
export class RotationOccurrenceResponse {
  @ApiProperty({ example: 'digitale-facile-montiano' }) rotation!: string;
  @ApiProperty({ example: 'digitale-facile-team' }) resource!: string;
  @ApiProperty({ example: 'montiano-municipio' }) site!: string;
  @ApiProperty({ type: [String], example: ['facilitazione-digitale-individuale'] }) services!: string[];
  @ApiProperty({ format: 'date-time', example: '2027-04-09T14:30:00+02:00' }) start!: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-09T17:30:00+02:00' }) end!: string;
}

@ApiSchema({ name: 'RotationOccurrences' })
export class RotationOccurrencesResponse {
  @ApiProperty({ type: [RotationOccurrenceResponse], description: 'By start' })
  occurrences!: RotationOccurrenceResponse[];
}
