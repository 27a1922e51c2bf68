import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

/** The OpenAPI tag of the walk-in queue (described in the scheduling document's tag list). */
export const QUEUE_TAG = 'queue';

/** Example values for the OpenAPI document, taken from the seed like the core's. */
export const EXAMPLE = {
  site: 'cesena-centro',
  tenant: 'cesena',
  service: 'carta-identita-elettronica',
  date: '2027-04-06',
  instant: '2027-04-06T07:00:00.000Z',
  code: 'K7MA-QX94',
  manageToken: 'q8Zx1Yb3VwKpR2mT5nLc0A',
  ticket: 'A007',
} as const;

export class SiteParams {
  @ApiProperty({ example: EXAMPLE.site })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be a site id' })
  @MaxLength(100)
  id!: string;
}
