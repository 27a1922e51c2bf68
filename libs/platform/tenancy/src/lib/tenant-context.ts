import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantId } from './tenant-id';

export class TenantContextMissingError extends Error {
  constructor() {
    super('No tenant in context: this code path must run inside TenantContext.run()');
    this.name = 'TenantContextMissingError';
  }
}

const storage = new AsyncLocalStorage<{ tenant: TenantId }>();

/**
 * The municipality the current request or event belongs to. Set by the HTTP tenant guard from the route
 * or claims, and by the Kafka consumer from `ce_tenant`. Reading it when unset throws.
 */
export const TenantContext = {
  run<T>(tenant: TenantId, fn: () => T): T {
    return storage.run({ tenant }, fn);
  },
  current(): TenantId {
    const store = storage.getStore();
    if (!store) throw new TenantContextMissingError();
    return store.tenant;
  },
  currentOrUndefined(): TenantId | undefined {
    return storage.getStore()?.tenant;
  },
};
