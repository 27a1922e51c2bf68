import { ApiProperty } from '@nestjs/swagger';

export class LocalizedTitleResponse {
  @ApiProperty({ example: 'Anagrafe e stato civile' })
  it!: string;

  @ApiProperty({ example: 'Registry and civil status' })
  en!: string;
}

/** A category or a life event of the municipal-site model. */
export class TaxonomyEntryResponse {
  @ApiProperty({ example: 'anagrafe-stato-civile' })
  id!: string;

  @ApiProperty({ type: LocalizedTitleResponse })
  title!: LocalizedTitleResponse;
}

export class TaxonomyListResponse {
  @ApiProperty({ type: [TaxonomyEntryResponse] })
  items!: TaxonomyEntryResponse[];
}
