interface Operation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * What an OpenAPI document leaves untyped, one line per operation (empty when the document is tight enough to
 * generate a client from, ADR 0013): an operationId and a summary, a success answer whose every media type has
 * a schema (204 has no body), and its errors as application/problem+json.
 */
export function untypedOperations(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.operationId) found.push(`${where}: no operationId`);
      if (!op.summary) found.push(`${where}: no summary`);
      const responses = Object.entries(op.responses ?? {});
      const success = responses.filter(([status]) => status.startsWith('2'));
      if (success.length === 0) found.push(`${where}: no success answer`);
      for (const [status, response] of success) {
        const content = Object.entries(response.content ?? {});
        if (status !== '204' && content.length === 0) found.push(`${where}: ${status} declares no body`);
        for (const [type, media] of content)
          if (!media.schema) found.push(`${where}: ${status} ${type} has no schema`);
      }
      const errors = responses.filter(([status]) => status.startsWith('4'));
      if (errors.length === 0) found.push(`${where}: no 4xx answer`);
      for (const [status, response] of [...errors, ...responses.filter(([s]) => s.startsWith('5'))]) {
        if (!response.content?.['application/problem+json']?.schema)
          found.push(`${where}: ${status} is not a problem+json Problem`);
      }
    }
  }
  return found;
}
