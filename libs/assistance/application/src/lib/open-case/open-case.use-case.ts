import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { buildChecklist, checkAge, isMinor } from '@facile/assistance/domain';
import { ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { humanCode, ManageTokens } from '@facile/platform/validation';
import { CaseStore } from '../ports/case.store';
import { TopicCatalog } from '../ports/topic.catalog';
import { OpenCaseCommand } from './open-case.command';

/** Opens a case: checklist of what the citizen has and lacks, next steps; the manage token is given once. */
@Injectable()
export class OpenCaseUseCase {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly topics: TopicCatalog,
    private readonly store: CaseStore,
  ) {}

  async execute(cmd: OpenCaseCommand, now = new Date()) {
    const tenant = this.tenants.get(cmd.tenant);
    if (tenant.kind !== 'municipality')
      throw new ValidationFailedError([{ field: 'tenant', message: 'must be a municipality' }]);
    const topic = this.topics.get(cmd.topic, tenant.id);
    if (!topic) throw new ValidationFailedError([{ field: 'topic', message: `unknown topic ${cmd.topic}` }]);
    const year = now.getUTCFullYear();
    checkAge(topic, cmd.citizen.birthYear, year);
    const { checklist, missing, nextSteps } = buildChecklist(topic, cmd.has, {
      minor: isMinor(cmd.citizen.birthYear, year),
    });
    const manageToken = ManageTokens.generate();
    const stored = await this.store.open({
      id: randomUUID(),
      code: humanCode(),
      manageTokenHash: ManageTokens.hash(manageToken),
      tenant: tenant.id,
      topic: topic.id,
      channel: cmd.channel,
      checklist,
      missing,
      nextSteps,
      citizen: {
        ...cmd.citizen,
        ...(cmd.citizen.fiscalCode ? { fiscalCode: cmd.citizen.fiscalCode.toUpperCase() } : {}),
      },
    });
    return {
      code: stored.code,
      manageToken,
      status: stored.status,
      topic: stored.topic,
      tenant: stored.tenant,
      checklist,
      missing,
      nextSteps,
    };
  }
}
