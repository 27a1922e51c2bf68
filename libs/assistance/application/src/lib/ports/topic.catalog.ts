import { Topic } from '@facile/assistance/domain';

/** The topics of the desk as configured for a municipality (defaults of the seed file plus overrides). */
export abstract class TopicCatalog {
  abstract list(tenant?: string): Topic[];
  abstract get(id: string, tenant?: string): Topic | undefined;
}
