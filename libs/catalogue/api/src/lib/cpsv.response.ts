import { ApiProperty } from '@nestjs/swagger';

const BASE = 'https://sportellofacile.unionevallesavio.it/catalogue/v1';

/** An RDF literal in a language. */
export class LangStringResponse {
  @ApiProperty({ name: '@language', example: 'it' })
  language!: string;

  @ApiProperty({ name: '@value', example: "Rilascio Carta d'identità elettronica (CIE)" })
  value!: string;
}

export class NodeRefResponse {
  @ApiProperty({ name: '@id', format: 'uri', example: 'http://data.europa.eu/m8g/status/completed' })
  id!: string;
}

export class ConceptResponse {
  @ApiProperty({ name: '@type', enum: ['skos:Concept'] })
  type!: string;

  @ApiProperty({ name: '@id', format: 'uri', example: `${BASE}/categories/anagrafe-stato-civile` })
  id!: string;

  @ApiProperty({ name: 'skos:prefLabel', example: 'Anagrafe e stato civile' })
  prefLabel!: string;
}

export class LifeEventRefResponse {
  @ApiProperty({ name: '@type', enum: ['LifeEvent'] })
  type!: string;

  @ApiProperty({ name: '@id', format: 'uri', example: `${BASE}/life-events/documenti-identita` })
  id!: string;
}

export class PublicOrganisationResponse {
  @ApiProperty({ name: '@type', enum: ['PublicOrganisation'] })
  type!: string;

  @ApiProperty({ name: '@id', format: 'uri', example: `${BASE}/tenants/cesena` })
  id!: string;

  @ApiProperty({ name: 'skos:prefLabel', example: 'Comune di Cesena' })
  prefLabel!: string;

  @ApiProperty({ example: '040007', description: 'ISTAT code' })
  identifier!: string;
}

export class CostResponse {
  @ApiProperty({ name: '@type', enum: ['Cost'] })
  type!: string;

  @ApiProperty({ example: 'carta-identita-elettronica-cost-cesena' })
  identifier!: string;

  @ApiProperty({ example: 22.21, description: 'Euro' })
  value!: number;

  @ApiProperty({ format: 'uri', example: 'http://publications.europa.eu/resource/authority/currency/EUR' })
  currency!: string;

  @ApiProperty({ example: '22,21 EUR; duplicato 27,37 EUR' })
  description!: string;

  @ApiProperty({ format: 'uri', example: `${BASE}/tenants/cesena` })
  isDefinedBy!: string;
}

export class ChannelResponse {
  @ApiProperty({ name: '@type', enum: ['Channel'] })
  type!: string;

  @ApiProperty({ example: 'carta-identita-elettronica-booking' })
  identifier!: string;

  @ApiProperty({ name: 'type', enum: ['appointment', 'walk-in', 'online'], example: 'appointment' })
  channelType!: string;

  @ApiProperty({ name: 'dct:description', type: LangStringResponse, required: false })
  description?: LangStringResponse;

  @ApiProperty({ format: 'uri', required: false, description: 'Online channels: where to do it' })
  hasInput?: string;

  @ApiProperty({
    format: 'uri',
    required: false,
    example: `${BASE}/tenants/cesena`,
    description: 'Online channels: the municipality',
  })
  ownedBy?: string;
}

export class EvidenceResponse {
  @ApiProperty({ name: '@type', enum: ['Evidence', 'Output'] })
  type!: string;

  @ApiProperty({ example: 'carta-identita-elettronica-input-1' })
  identifier!: string;

  @ApiProperty({ type: LangStringResponse })
  name!: LangStringResponse;
}

/** A procedure as a CPSV-AP 3 `PublicService` in JSON-LD. */
export class CpsvPublicServiceResponse {
  @ApiProperty({
    name: '@context',
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { '@vocab': 'http://data.europa.eu/m8g/', cpsv: 'http://purl.org/vocab/cpsv#' },
  })
  context!: Record<string, string>;

  @ApiProperty({ name: '@id', format: 'uri', example: `${BASE}/services/carta-identita-elettronica` })
  id!: string;

  @ApiProperty({ name: '@type', enum: ['PublicService'] })
  type!: string;

  @ApiProperty({ example: 'carta-identita-elettronica' })
  identifier!: string;

  @ApiProperty({ type: LangStringResponse })
  name!: LangStringResponse;

  @ApiProperty({ type: LangStringResponse })
  description!: LangStringResponse;

  @ApiProperty({ type: [LangStringResponse] })
  keyword!: LangStringResponse[];

  @ApiProperty({ type: NodeRefResponse })
  status!: NodeRefResponse;

  @ApiProperty({ type: [ConceptResponse] })
  isClassifiedBy!: ConceptResponse[];

  @ApiProperty({ type: [LifeEventRefResponse] })
  isGroupedBy!: LifeEventRefResponse[];

  @ApiProperty({ type: [PublicOrganisationResponse] })
  hasCompetentAuthority!: PublicOrganisationResponse[];

  @ApiProperty({ type: [CostResponse] })
  hasCost!: CostResponse[];

  @ApiProperty({ type: [ChannelResponse] })
  hasChannel!: ChannelResponse[];

  @ApiProperty({ type: [EvidenceResponse] })
  hasInput!: EvidenceResponse[];

  @ApiProperty({ type: [EvidenceResponse] })
  produces!: EvidenceResponse[];

  @ApiProperty({ example: 'PT20M', description: 'ISO 8601 duration at the desk' })
  processingTime!: string;
}
