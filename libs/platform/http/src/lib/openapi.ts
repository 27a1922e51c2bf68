import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemDto } from './problem.dto';

/** A tag of the document: every tag an operation uses is described (ADR 0013). */
export interface OpenApiTag {
  name: string;
  description: string;
}

export interface OpenApiOptions {
  /** Path root, e.g. `catalogue` → /catalogue/openapi.json and /catalogue/docs. */
  root: string;
  title: string;
  description: string;
  version: string;
  tags: readonly OpenApiTag[];
}

/** Stable camelCase verbs, e.g. `searchServices`, `createBooking`, `callNextTicket`. */
export const OPERATION_ID = /^[a-z][a-zA-Z0-9]+$/;

/** What the factory answers when a route has no explicit operationId; replaced or refused after the scan. */
const UNDECLARED = 'undeclared-operation-id:';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Every operation's id comes from its `@ApiOperation({ operationId })`. @nestjs/swagger asks the factory for
 * every route before it applies the decorator, so the factory only marks the route; a mark left after the
 * scan is a route without an operationId, and the document (hence the service) is refused, naming it.
 */
export function checkOperationIds(document: OpenAPIObject): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId ?? '';
      if (id.startsWith(UNDECLARED)) {
        const [controller, handler] = id.slice(UNDECLARED.length).split('.');
        problems.push(`${controller}.${handler} (${where}) declares no operationId`);
        continue;
      }
      if (!OPERATION_ID.test(id))
        problems.push(`${where}: operationId '${id}' is not a camelCase verb phrase (${OPERATION_ID})`);
      const other = seen.get(id);
      if (other) problems.push(`${where}: operationId '${id}' is also the id of ${other}`);
      seen.set(id, where);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `OpenAPI: every route needs a unique @ApiOperation({ operationId: 'verbNoun', summary }):\n  ${problems.join('\n  ')}`,
    );
  }
}

export function buildOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(options.version)
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer('/', 'This deployment')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff token' },
      'staff',
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-Manage-Token', description: 'Citizen manage token' },
      'manageToken',
    )
    // The global guard asks every route for a staff token unless it is marked @Public() (security: []).
    .addSecurityRequirements('staff');
  for (const tag of options.tags) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controller, method) => `${UNDECLARED}${controller}.${method}`,
    extraModels: [ProblemDto],
  });
  checkOperationIds(document);
  declareUnavailable(document);
  dropUnusedSecuritySchemes(document);
  return document;
}

/**
 * Any route may answer 503 while the database is away (error-to-problem's `unavailable`): every operation
 * declares it, with the shared Problem schema, so a client generated from the document expects it.
 */
function declareUnavailable(document: OpenAPIObject): void {
  const problem = { $ref: getSchemaPath(ProblemDto) };
  for (const item of Object.values(document.paths))
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || operation.responses['503']) continue;
      operation.responses['503'] = {
        description: 'A dependency (the database) is not reachable; retry after `Retry-After` seconds',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problem } },
      };
    }
}

/** Every document offers both schemes; it keeps those its routes use (`manageToken` only where citizens use one). */
function dropUnusedSecuritySchemes(document: OpenAPIObject): void {
  const schemes = document.components?.securitySchemes;
  if (!schemes) return;
  const used = new Set<string>();
  const requirements = [
    ...(document.security ?? []),
    ...Object.values(document.paths).flatMap((item) => METHODS.flatMap((m) => item[m]?.security ?? [])),
  ];
  for (const requirement of requirements) for (const name of Object.keys(requirement)) used.add(name);
  for (const name of Object.keys(schemes)) if (!used.has(name)) delete schemes[name];
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
