import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiOperation, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { IS_PUBLIC, Public } from './auth.decorators';

@Controller('demo/v1/mixed')
class MixedController {
  @Get('open')
  @Public()
  @ApiOperation({ operationId: 'readOpen', summary: 'For anybody' })
  open() {
    return {};
  }

  @Get('token')
  @Public()
  @ApiOperation({
    operationId: 'readWithToken',
    summary: 'With a manage token',
    security: [{ manageToken: [] }],
  })
  token() {
    return {};
  }

  @Get('staff')
  @ApiOperation({ operationId: 'readStaff', summary: 'For staff' })
  staff() {
    return {};
  }
}

@Public()
@Controller('demo/v1/open')
class OpenController {
  @Get()
  @ApiOperation({ operationId: 'listOpen', summary: 'For anybody' })
  list() {
    return [];
  }
}

@Module({ controllers: [MixedController, OpenController] })
class DemoModule {}

describe('@Public()', () => {
  it('marks the route for the guard and documents `security: []` on a method as on a class, unless it names its own', async () => {
    const app = await NestFactory.create(DemoModule, { logger: false });
    try {
      const config = new DocumentBuilder()
        .addBearerAuth({ type: 'http', scheme: 'bearer' }, 'staff')
        .addSecurityRequirements('staff')
        .build();
      const doc = SwaggerModule.createDocument(app, config);
      expect(doc.paths['/demo/v1/mixed/open']?.get?.security).toEqual([]);
      expect(doc.paths['/demo/v1/mixed/open']?.get?.summary).toBe('For anybody');
      expect(doc.paths['/demo/v1/open']?.get?.security).toEqual([]);
      // a public route that names its own requirement (a citizen's manage token) keeps it
      expect(doc.paths['/demo/v1/mixed/token']?.get?.security).toEqual([{ manageToken: [] }]);
      // not public: the document-wide staff requirement applies
      expect(doc.paths['/demo/v1/mixed/staff']?.get?.security).toBeUndefined();
      expect(doc.security).toEqual([{ staff: [] }]);
      expect(Reflect.getMetadata(IS_PUBLIC, MixedController.prototype.open)).toBe(true);
      expect(Reflect.getMetadata(IS_PUBLIC, OpenController)).toBe(true);
      expect(Reflect.getMetadata(IS_PUBLIC, MixedController.prototype.staff)).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
