import { ApiProperty } from '@nestjs/swagger';

/** The template in force for a municipality, event, channel and language. */
export class TemplateResponse {
  @ApiProperty({ example: 'scheduling.booking.created' })
  eventType!: string;

  @ApiProperty({ enum: ['email', 'sms', 'appio'], example: 'email' })
  channel!: string;

  @ApiProperty({ enum: ['it', 'en'], example: 'it' })
  locale!: string;

  @ApiProperty({ example: 'Appuntamento confermato {{code}}', description: 'Handlebars' })
  subject!: string;

  @ApiProperty({
    example:
      'Gentile {{firstName}} {{lastName}},\nil suo appuntamento per {{services}} presso {{site}} è confermato per il {{date}} alle {{time}}.',
    description: 'Handlebars',
  })
  body!: string;

  @ApiProperty({
    enum: ['default', 'override'],
    example: 'override',
    description: '`override` when the municipality changed it',
  })
  source!: string;

  @ApiProperty({
    example: 'Appuntamento confermato {{code}}',
    description: 'The subject shipped with the service',
  })
  defaultSubject!: string;

  @ApiProperty({
    example: 'Gentile {{firstName}} {{lastName}},\nil suo appuntamento presso {{site}} è confermato.',
    description: 'The body shipped with the service',
  })
  defaultBody!: string;

  @ApiProperty({
    type: [String],
    example: ['firstName', 'lastName', 'code', 'site', 'date', 'time'],
    description: 'Variables the template may use (`{{name}}`); anything else is refused',
  })
  variables!: string[];
}

/** A template rendered with sample data. */
export class RenderedMessageResponse {
  @ApiProperty({ example: 'Appuntamento confermato K7Q2XM' })
  subject!: string;

  @ApiProperty({
    example:
      'Gentile Maria Rossi,\nil suo appuntamento per carta-identita-elettronica presso cesena-centro è confermato per il 12/03/2027 alle 09:30.',
  })
  body!: string;
}
