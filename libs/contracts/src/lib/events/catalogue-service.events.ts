import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

export class OfferingV1 {
  @IsString() tenant!: string;
  @IsBoolean() enabled!: boolean;
  @IsInt() @Min(0) feeCents!: number;
  @IsOptional() @IsString() onlineUrl?: string | null;
  @IsOptional() @IsString() notes?: string | null;
  @IsOptional() @IsInt() @Min(1) durationMinutes?: number | null;
}

/** The full state of a procedure card: every catalogue event carries it, so consumers keep projections. */
export class ServiceCardV1 {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) slug!: string;
  @IsInt() @Min(1) version!: number;
  @IsIn(['draft', 'published', 'retired']) status!: 'draft' | 'published' | 'retired';
  @IsString() title!: string;
  @IsOptional() @IsString() summary?: string;
  @IsString() category!: string;
  @IsArray() @IsString({ each: true }) lifeEvents!: string[];
  @IsBoolean() bookable!: boolean;
  @IsBoolean() walkIn!: boolean;
  @IsInt() @Min(1) durationMinutes!: number;
  @IsOptional() @IsObject() sections?: Record<string, unknown>;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OfferingV1) offerings!: OfferingV1[];
}

export class ServicePublishedV1 extends ServiceCardV1 {}
export class ServiceUpdatedV1 extends ServiceCardV1 {}
export class ServiceRetiredV1 extends ServiceCardV1 {}

export class OfferingChangedV1 extends ServiceCardV1 {
  /** The municipality whose offering changed; the card's `offerings` holds the new state. */
  @IsString() changedTenant!: string;
}
