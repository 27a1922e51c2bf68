import Handlebars from 'handlebars';

type Node = hbs.AST.Node;
const BLOCK_HELPERS = new Set(['if', 'unless']);

/** Why a template was refused, or null when it compiles and uses only known variables. */
export function checkTemplate(source: string, allowed: readonly string[]): string | null {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
    Handlebars.precompile(source, { strict: true });
  } catch (e) {
    return `does not compile: ${(e as Error).message.split('\n')[0]}`;
  }
  const unknown = new Set<string>();
  const known = new Set(allowed);
  const visitPath = (p: hbs.AST.Expression) => {
    if (p.type !== 'PathExpression') return;
    const path = p as hbs.AST.PathExpression;
    if (path.parts.length !== 1 || path.depth > 0 || !known.has(path.parts[0])) unknown.add(path.original);
  };
  const visit = (node: Node): void => {
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      if (m.params.length > 0 || m.hash) unknown.add(`helper ${(m.path as hbs.AST.PathExpression).original}`);
      else visitPath(m.path);
    } else if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const name = (b.path as hbs.AST.PathExpression).original;
      if (!BLOCK_HELPERS.has(name)) unknown.add(`helper ${name}`);
      b.params.forEach(visitPath);
      if (b.program) b.program.body.forEach(visit);
      if (b.inverse) b.inverse.body.forEach(visit);
    } else if (
      node.type === 'PartialStatement' ||
      node.type === 'PartialBlockStatement' ||
      node.type === 'DecoratorBlock'
    ) {
      unknown.add('partials');
    }
  };
  ast.body.forEach(visit);
  return unknown.size > 0 ? `uses unknown variables or helpers: ${[...unknown].join(', ')}` : null;
}
