import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const SEGMENT = /^[a-z0-9]+([.-][a-z0-9]+)*$/;

export class TemplateParams {
  @ApiProperty({ example: 'cesena' })
  @Matches(SEGMENT, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant!: string;
  @ApiProperty({ example: 'scheduling.booking.created' })
  @Matches(SEGMENT, { message: 'eventType must be an event type' })
  @MaxLength(100)
  eventType!: string;
  @ApiProperty({ enum: ['email', 'sms', 'appio'], example: 'email' })
  @Matches(SEGMENT, { message: 'channel must be a channel name' })
  @MaxLength(20)
  channel!: string;
  @ApiProperty({ enum: ['it', 'en'], example: 'it' })
  @Matches(SEGMENT, { message: 'locale must be a locale' })
  @MaxLength(10)
  locale!: string;
}

export class TemplateBody {
  @ApiProperty({
    example: 'Appuntamento confermato {{code}}',
    description: 'Handlebars; only the documented variables',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject!: string;
  @ApiProperty({
    example:
      'Gentile {{firstName}} {{lastName}},\nil suo appuntamento presso {{site}} è confermato per il {{date}} alle {{time}}.',
    description: 'Handlebars; only the documented variables',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  body!: string;
}

export class PreviewBody {
  @ApiPropertyOptional({
    example: 'Appuntamento confermato {{code}}',
    description: 'Draft to render instead of the template in force (with body)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject?: string;
  @ApiPropertyOptional({
    example: 'Gentile {{firstName}},\na presto allo sportello {{site}}.',
    description: 'Draft body (with subject)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  body?: string;
}
