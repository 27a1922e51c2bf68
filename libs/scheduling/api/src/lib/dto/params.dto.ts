import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches, MaxLength } from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class SiteParams {
  @ApiProperty({ example: 'cesena-centro' })
  @Matches(SLUG, { message: 'id must be a site id' })
  @MaxLength(100)
  id!: string;
}

export class SiteServiceParams extends SiteParams {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  @Matches(SLUG, { message: 'service must be a procedure slug' })
  @MaxLength(100)
  service!: string;
}

export class SiteDateParams extends SiteParams {
  @ApiProperty({ format: 'date', example: '2027-05-03' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;
}

export class CodeParams {
  @ApiProperty({ example: 'K7MA-QX94' })
  @Matches(/^[0-9A-Za-z]{4}-[0-9A-Za-z]{4}$/, { message: 'code must look like XXXX-XXXX' })
  code!: string;
}

export class HoldParams {
  @ApiProperty({ format: 'uuid', example: '0b6f3c1e-3f59-4d8e-9d7a-2f4b8c1a9e10' })
  @IsUUID(undefined, { message: 'holdId must be a hold id' })
  holdId!: string;
}
