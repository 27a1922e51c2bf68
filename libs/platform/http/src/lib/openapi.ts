import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export interface OpenApiOptions {
  /** Path root, e.g. `catalogue` → /catalogue/openapi.json and /catalogue/docs. */
  root: string;
  title: string;
  description: string;
  version: string;
}

export function buildOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(options.version)
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer('/', 'This deployment')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff token' }, 'staff')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Manage-Token', description: 'Citizen manage token' }, 'manageToken')
    // The global guard asks every route for a staff token unless it is marked @Public() (security: []).
    .addSecurityRequirements('staff')
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
}

/** Serves the document at /<root>/openapi.json and Swagger UI at /<root>/docs. */
export function serveOpenApi(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const document = buildOpenApiDocument(app, options);
  SwaggerModule.setup(`${options.root}/docs`, app, document, {
    jsonDocumentUrl: `${options.root}/openapi.json`,
    yamlDocumentUrl: `${options.root}/openapi.yaml`,
  });
  return document;
}
