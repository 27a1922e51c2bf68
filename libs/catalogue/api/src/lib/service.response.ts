import { ApiProperty } from '@nestjs/swagger';
import { ServiceSectionsDto } from './create-service.dto';

/** One published procedure in a search result. */
export class ServiceSearchHitResponse {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  slug!: string;

  @ApiProperty({ example: "Rilascio Carta d'identità elettronica (CIE)" })
  title!: string;

  @ApiProperty({
    example:
      "Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE), valida come documento di riconoscimento e per l'identità digitale.",
  })
  summary!: string;

  @ApiProperty({
    example: 'anagrafe-stato-civile',
    description: 'A category id of GET /catalogue/v1/categories',
  })
  category!: string;

  @ApiProperty({ example: true, description: 'Can be booked at a desk' })
  bookable!: boolean;

  @ApiProperty({
    type: [String],
    example: ['bagno-di-romagna', 'cesena', 'mercato-saraceno', 'montiano', 'verghereto'],
    description: 'Municipalities that offer it',
  })
  tenants!: string[];
}

export class ServiceSearchPageResponse {
  @ApiProperty({ type: [ServiceSearchHitResponse], description: 'Ranked by relevance when `q` is given' })
  items!: ServiceSearchHitResponse[];

  @ApiProperty({ type: 'integer', minimum: 0, example: 1, description: 'Matches over every page' })
  total!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  page!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 20 })
  pageSize!: number;
}

/** How one municipality offers the procedure. */
export class OfferingResponse {
  @ApiProperty({ example: 'cesena' })
  tenant!: string;

  @ApiProperty({ example: true })
  enabled!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, example: 2221, description: 'Fee in euro cents' })
  feeCents!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Where to do it online, if the municipality offers that',
  })
  onlineUrl!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '22,21 EUR; duplicato 27,37 EUR' })
  notes!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: null,
    description: "This municipality's duration in minutes, when it differs from the card's",
  })
  durationMinutes!: number | null;
}

/** A procedure card with every municipality's offering. */
export class ServiceCardResponse {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  slug!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'Grows with every change' })
  version!: number;

  @ApiProperty({ enum: ['draft', 'published', 'retired'], example: 'published' })
  status!: 'draft' | 'published' | 'retired';

  @ApiProperty({ example: "Rilascio Carta d'identità elettronica (CIE)" })
  title!: string;

  @ApiProperty({
    example:
      "Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE), valida come documento di riconoscimento e per l'identità digitale.",
  })
  summary!: string;

  @ApiProperty({ example: 'anagrafe-stato-civile' })
  category!: string;

  @ApiProperty({
    type: [String],
    example: ['documenti-identita'],
    description: 'Life event ids of GET /catalogue/v1/life-events',
  })
  lifeEvents!: string[];

  @ApiProperty({ type: [String], example: ['cie', "carta d'identità", 'rinnovo'] })
  keywords!: string[];

  @ApiProperty({ example: true })
  bookable!: boolean;

  @ApiProperty({ example: false })
  walkIn!: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 5,
    maximum: 240,
    example: 20,
    description: "Minutes at the desk; with ?tenant= that municipality's duration",
  })
  durationMinutes!: number;

  @ApiProperty({ type: ServiceSectionsDto })
  sections!: ServiceSectionsDto;

  @ApiProperty({ type: [OfferingResponse] })
  offerings!: OfferingResponse[];
}
