import { Controller, Get, INestApplication, Module, Post, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { buildOpenApiDocument, OPERATION_ID } from './openapi';

const OPTIONS = {
  root: 'demo',
  title: 'Demo',
  description: 'A service of two routes',
  version: '1.0.0',
  tags: [{ name: 'things', description: 'The things of the demo' }],
};

@ApiTags('things')
@Controller('demo/v1/things')
class DeclaredController {
  @Get()
  @ApiOperation({ operationId: 'listThings', summary: 'Every thing' })
  list() {
    return [];
  }

  @Post()
  @ApiOperation({ operationId: 'createThing', summary: 'A new thing' })
  create() {
    return {};
  }
}

@Controller('demo/v1/others')
class UndeclaredController {
  @Get()
  @ApiOperation({ summary: 'Forgot its operationId' })
  list() {
    return [];
  }
}

@Controller('demo/v1/clashes')
class ClashingController {
  @Get()
  @ApiOperation({ operationId: 'listThings', summary: 'Same id as another route' })
  list() {
    return [];
  }

  @Post()
  @ApiOperation({ operationId: 'Create_thing', summary: 'Not camelCase' })
  create() {
    return {};
  }
}

@Controller('scheduling/v1/legacy')
class LegacyController {
  @Get()
  @ApiOperation({ summary: 'A scheduling route without an explicit id' })
  list() {
    return [];
  }
}

async function appWith(...controllers: Type<unknown>[]): Promise<INestApplication> {
  @Module({ controllers })
  class DemoModule {}
  const app = await NestFactory.create(DemoModule, { logger: false });
  await app.init();
  return app;
}

describe('OpenAPI document', () => {
  const apps: INestApplication[] = [];
  const build = async (...controllers: Type<unknown>[]) => {
    const app = await appWith(...controllers);
    apps.push(app);
    return () => buildOpenApiDocument(app, OPTIONS);
  };
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('keeps the declared operationIds, describes every tag, offers only the schemes in use', async () => {
    const doc = (await build(DeclaredController))();
    expect(doc.paths['/demo/v1/things']?.get?.operationId).toBe('listThings');
    expect(doc.paths['/demo/v1/things']?.post?.operationId).toBe('createThing');
    expect(doc.tags).toEqual([{ name: 'things', description: 'The things of the demo' }]);
    // no route here takes a citizen's manage token: the document offers only the staff scheme
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(['staff']);
  });

  it('refuses a route without an operationId, naming its controller and method', async () => {
    const document = await build(DeclaredController, UndeclaredController);
    expect(document).toThrow(/UndeclaredController\.list \(GET \/demo\/v1\/others\) declares no operationId/);
  });

  it('refuses a duplicate or a non-camelCase operationId', async () => {
    const document = await build(DeclaredController, ClashingController);
    expect(document).toThrow(
      /GET \/demo\/v1\/clashes: operationId 'listThings' is also the id of GET \/demo\/v1\/things/,
    );
    expect(document).toThrow(
      /POST \/demo\/v1\/clashes: operationId 'Create_thing' is not a camelCase verb phrase/,
    );
  });

  it('exempts no context: a scheduling route without an operationId is refused too', async () => {
    await expect(build(DeclaredController, LegacyController).then((document) => document())).rejects.toThrow(
      /LegacyController\.list \(GET \/scheduling\/v1\/legacy\) declares no operationId/,
    );
  });

  it('accepts the ids the contract names', () => {
    for (const id of ['searchServices', 'getService', 'createBooking', 'callNextTicket'])
      expect(id).toMatch(OPERATION_ID);
    for (const id of ['SearchServices', 'Services_search', 'search-services', 's'])
      expect(id).not.toMatch(OPERATION_ID);
  });
});
