import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptOutUseCase } from '@facile/notifications/application';
import { Public } from '@facile/platform/auth';
import { OptOutBody, OptOutDto } from './dto/opt-out.dto';

@ApiTags('opt-out')
@Controller('notifications/v1/opt-out')
export class OptOutController {
  constructor(private readonly optOut: OptOutUseCase) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Stop a municipality's messages on one channel (the link in every message); 400 for a bad token",
  })
  @ApiOkResponse({ type: OptOutDto })
  post(@Body() body: OptOutBody): Promise<OptOutDto> {
    return this.optOut.execute(body.token);
  }
}
