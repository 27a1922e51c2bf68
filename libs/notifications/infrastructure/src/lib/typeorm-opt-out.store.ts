import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OptOutStore, OptOutSubject } from '@facile/notifications/application';
import { setTransactionTenant } from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import { OptOutRecord } from './opt-out.record';

@Injectable()
export class TypeOrmOptOutStore extends OptOutStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async add(s: OptOutSubject): Promise<void> {
    await this.ds.transaction(async (m) => {
      await setTransactionTenant(m, s.tenant as TenantId);
      await m
        .createQueryBuilder()
        .insert()
        .into(OptOutRecord)
        .values({ tenantId: s.tenant, channel: s.channel, recipient: s.recipient })
        .orIgnore()
        .execute();
    });
  }
}
