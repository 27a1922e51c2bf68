import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateServiceDto } from './create-service.dto';

/** Every field optional; the slug is the card's identity and cannot change. */
export class UpdateServiceDto extends PartialType(OmitType(CreateServiceDto, ['slug'] as const)) {}
