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
  @ApiProperty({ enum: ['email', 'sms', 'appio'] })
  @Matches(SEGMENT, { message: 'channel must be a channel name' })
  @MaxLength(20)
  channel!: string;
  @ApiProperty({ enum: ['it', 'en'] })
  @Matches(SEGMENT, { message: 'locale must be a locale' })
  @MaxLength(10)
  locale!: string;
}

export class TemplateBody {
  @ApiProperty({ description: 'Handlebars; only the documented variables' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject!: string;
  @ApiProperty({ description: 'Handlebars; only the documented variables' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  body!: string;
}

export class PreviewBody {
  @ApiPropertyOptional({ description: 'Draft to render instead of the template in force' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(10000) body?: string;
}

export class TemplateDto {
  @ApiProperty() eventType!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: ['default', 'override'] }) source!: string;
}

export class RenderedDto {
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
}
