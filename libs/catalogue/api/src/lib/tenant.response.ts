import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A municipality of the Union, or the Union itself (`kind: union`, without the municipal codes). */
export class TenantResponse {
  @ApiProperty({ example: 'cesena', description: 'The tenant id used in every path and body' })
  id!: string;

  @ApiProperty({ example: 'Comune di Cesena' })
  name!: string;

  @ApiProperty({ enum: ['union', 'municipality'], example: 'municipality' })
  kind!: 'union' | 'municipality';

  @ApiPropertyOptional({ example: '040007', description: 'ISTAT code (municipalities only)' })
  istatCode?: string;

  @ApiPropertyOptional({ example: 'FC', description: 'Province (municipalities only)' })
  province?: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 96037,
    description: 'Resident population (municipalities only)',
  })
  population?: number;
}

export class TenantListResponse {
  @ApiProperty({ type: [TenantResponse] })
  items!: TenantResponse[];
}
