import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_OUTCOMES, CASE_STATUSES, CaseStatus } from '@facile/assistance/domain';

const CHANNELS = ['online', 'desk', 'phone'] as const;

export class ChecklistItemResponse {
  @ApiProperty({ example: 'id-document' })
  id!: string;

  @ApiProperty({ example: "Documento d'identità italiano valido (carta d'identità, passaporto o patente)" })
  label!: string;

  @ApiProperty({ example: true, description: 'The citizen said they have it' })
  satisfied!: boolean;
}

/** The checklist of a case: what the citizen has and lacks, and what to do next. */
class ChecklistFields {
  @ApiProperty({ type: [ChecklistItemResponse] })
  checklist!: ChecklistItemResponse[];

  @ApiProperty({
    type: [String],
    example: ['lepidaid-registration'],
    description: 'Prerequisite ids still missing',
  })
  missing!: string[];

  @ApiProperty({
    type: [String],
    example: [
      'Bring your own phone and email: credentials are personal and nobody may ask for your password',
    ],
  })
  nextSteps!: string[];
}

/** The answer to opening a case: the manage token is given here only, once. */
export class OpenedCaseResponse extends ChecklistFields {
  @ApiProperty({ example: 'K7MA-QX94', description: 'The case code, for the citizen and the desk' })
  code!: string;

  @ApiProperty({
    example: 'q3J0c2Y1dGV4dC1leGFtcGxlLW1hbmFnZS10b2tlbi0x',
    description:
      'Send it as X-Manage-Token to read or cancel the case; it is not stored and cannot be shown again',
  })
  manageToken!: string;

  @ApiProperty({ enum: CASE_STATUSES, example: 'open' })
  status!: CaseStatus;

  @ApiProperty({ example: 'spid-activation' })
  topic!: string;

  @ApiProperty({ example: 'cesena' })
  tenant!: string;
}

export class CaseCitizenResponse {
  @ApiProperty({ example: 'Anna' })
  firstName!: string;

  @ApiProperty({ example: 'Verdi' })
  lastName!: string;

  @ApiPropertyOptional({ example: 'VRDNNA58C41C573W' })
  fiscalCode?: string;

  @ApiPropertyOptional({ example: 'anna.verdi@example.org' })
  email?: string;

  @ApiPropertyOptional({ example: '+39 347 555 0199' })
  phone?: string;

  @ApiPropertyOptional({ type: 'integer', example: 1958 })
  birthYear?: number;
}

export class CaseTransitionResponse {
  @ApiProperty({ enum: CASE_STATUSES, example: 'open' })
  from!: CaseStatus;

  @ApiProperty({ enum: CASE_STATUSES, example: 'in_progress' })
  to!: CaseStatus;

  @ApiProperty({
    example: 'operator-cesena-1',
    description: "The staff member's subject, `citizen`, or `scheduling`",
  })
  by!: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-06T07:00:00.000Z' })
  at!: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  note!: string | null;
}

/** A case as its citizen (manage token) or staff see it. */
export class CaseResponse extends ChecklistFields {
  @ApiProperty({ example: 'K7MA-QX94' })
  code!: string;

  @ApiProperty({ example: 'spid-activation' })
  topic!: string;

  @ApiProperty({ example: 'cesena' })
  tenant!: string;

  @ApiProperty({ enum: CHANNELS, example: 'desk' })
  channel!: (typeof CHANNELS)[number];

  @ApiProperty({ enum: CASE_STATUSES, example: 'scheduled' })
  status!: CaseStatus;

  @ApiProperty({
    type: String,
    enum: CASE_OUTCOMES,
    nullable: true,
    example: null,
    description: 'Set when resolved',
  })
  outcome!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'M3KQ-7XPA',
    description: 'The booking made for it, if any',
  })
  bookingCode!: string | null;

  @ApiProperty({ type: 'integer', example: 0, description: 'Appointments the citizen missed' })
  noShows!: number;

  @ApiProperty({
    type: CaseCitizenResponse,
    nullable: true,
    description: 'Null once the personal data is purged after closure',
  })
  citizen!: CaseCitizenResponse | null;

  @ApiProperty({ format: 'date-time', example: '2027-04-06T07:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  closedAt!: string | null;

  @ApiProperty({ type: [CaseTransitionResponse], description: 'Oldest first; empty in lists' })
  history!: CaseTransitionResponse[];

  @ApiProperty({
    enum: CASE_STATUSES,
    isArray: true,
    example: ['resolved', 'referred', 'abandoned'],
    description:
      'Where the case may go from its status (the lifecycle’s transitions; `cancelled` is also the citizen’s); empty once closed',
  })
  allowedTransitions!: CaseStatus[];
}
