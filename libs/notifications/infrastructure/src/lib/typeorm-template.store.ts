import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MessageTemplate, TemplateKey, TemplateStore } from '@facile/notifications/application';
import { setTransactionTenant } from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import { TemplateOverrideRecord } from './template-override.record';
import { TemplateOverrides } from './template-overrides';

const where = (k: TemplateKey) => ({
  tenantId: k.tenant,
  eventType: k.eventType,
  channel: k.channel,
  locale: k.locale,
});

/** The override in force for a key, inside the caller's (tenant) transaction. */
export async function findTemplateOverride(
  manager: EntityManager,
  key: TemplateKey,
): Promise<MessageTemplate | null> {
  const row = await manager.findOneBy(TemplateOverrideRecord, where(key));
  return row ? { subject: row.subject, body: row.body } : null;
}

/** Template overrides in PostgreSQL, each operation in a transaction scoped to the key's municipality. */
@Injectable()
export class TypeOrmTemplateStore extends TemplateStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly overrides: TemplateOverrides,
  ) {
    super();
  }

  private inTenant<T>(tenant: string, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (m) => {
      await setTransactionTenant(m, tenant as TenantId);
      return fn(m);
    });
  }

  find(key: TemplateKey): Promise<MessageTemplate | null> {
    return this.inTenant(key.tenant, (m) => findTemplateOverride(m, key));
  }

  async save(key: TemplateKey, t: MessageTemplate): Promise<void> {
    await this.inTenant(key.tenant, (m) =>
      m.upsert(TemplateOverrideRecord, { ...where(key), subject: t.subject, body: t.body }, [
        'tenantId',
        'eventType',
        'channel',
        'locale',
      ]),
    );
    this.overrides.changed();
  }

  async remove(key: TemplateKey): Promise<boolean> {
    const removed = await this.inTenant(
      key.tenant,
      async (m) => ((await m.delete(TemplateOverrideRecord, where(key))).affected ?? 0) > 0,
    );
    this.overrides.changed();
    return removed;
  }
}
