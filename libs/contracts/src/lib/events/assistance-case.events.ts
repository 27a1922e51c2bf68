import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

export const CASE_STATUSES = [
  'open',
  'scheduled',
  'in_progress',
  'resolved',
  'referred',
  'abandoned',
  'cancelled',
] as const;

export class ChecklistItemV1 {
  @IsString() id!: string;
  @IsString() label!: string;
  @IsBoolean() satisfied!: boolean;
}

export class CaseContactV1 {
  @IsString() firstName!: string;
  @IsString() lastName!: string;
  /** Codice fiscale when the citizen gave it: App IO addresses citizens by it. Optional and additive. */
  @IsOptional() @IsString() fiscalCode?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsIn(['it', 'en']) locale?: 'it' | 'en';
}

export class CaseStateV1 {
  @IsUUID() caseId!: string;
  @IsString() code!: string;
  @IsString() topic!: string;
  @IsString() tenant!: string;
  @IsIn(CASE_STATUSES) status!: (typeof CASE_STATUSES)[number];
  @IsOptional() @IsString() outcome?: string;
  @IsOptional() @IsString() bookingCode?: string;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemV1)
  checklist?: ChecklistItemV1[];
  @IsOptional() @IsArray() @IsString({ each: true }) nextSteps?: string[];
  /** Absent once personal data has been purged. */
  @IsOptional() @ValidateNested() @Type(() => CaseContactV1) citizen?: CaseContactV1;
}

export class CaseOpenedV1 extends CaseStateV1 {}
export class CaseScheduledV1 extends CaseStateV1 {}
export class CaseUpdatedV1 extends CaseStateV1 {}
export class CaseClosedV1 extends CaseStateV1 {}
