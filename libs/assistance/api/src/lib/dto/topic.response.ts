import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TopicTitleResponse {
  @ApiProperty({ example: 'Attivazione SPID (LepidaID) con riconoscimento di persona' })
  it!: string;

  @ApiProperty({ example: 'SPID activation (LepidaID) with in-person identification' })
  en!: string;
}

/** Something the citizen must bring or have. */
export class PrerequisiteResponse {
  @ApiProperty({ example: 'id-document', description: 'What `has` lists when opening a case' })
  id!: string;

  @ApiProperty({ example: "Documento d'identità italiano valido (carta d'identità, passaporto o patente)" })
  label!: string;

  @ApiPropertyOptional({ enum: ['minor'], description: 'Asked of minors only' })
  onlyIf?: 'minor';
}

/** A topic of the Digitale Facile desk, as configured for the municipality asked for. */
export class TopicResponse {
  @ApiProperty({ example: 'spid-activation', description: 'Ids of shared/data/assistance-topics.json' })
  id!: string;

  @ApiProperty({ type: TopicTitleResponse })
  title!: TopicTitleResponse;

  @ApiPropertyOptional({
    example: 'attivazione-spid-lepidaid',
    description: 'The catalogue procedure to book for it',
  })
  procedure?: string;

  @ApiProperty({ type: 'integer', example: 20, description: 'Minutes at the desk' })
  durationMinutes!: number;

  @ApiPropertyOptional({ type: 'integer', example: 18 })
  minAge?: number;

  @ApiProperty({ type: [PrerequisiteResponse] })
  prerequisites!: PrerequisiteResponse[];

  @ApiPropertyOptional({
    example:
      'Credentials are personal: nobody may request them for someone else. Never record passwords or PINs.',
  })
  notes?: string;
}
