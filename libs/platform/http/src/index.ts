export * from './lib/problem';
export * from './lib/problem.dto';
export * from './lib/api-problems.decorator';
export * from './lib/error-to-problem';
export * from './lib/problem.filter';
export * from './lib/validation.pipe';
export * from './lib/openapi';
