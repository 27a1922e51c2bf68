import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CaseChange,
  CaseFilter,
  CaseStore,
  Channel,
  NewCase,
  ReportQuery,
  ReportRow,
  StoredCase,
  toCaseState,
} from '@facile/assistance/application';
import { CaseStatus, CLOSED_STATUSES, isClosed, ReportDimension } from '@facile/assistance/domain';
import { OutboxWriter } from '@facile/platform/messaging';
import { inTenantTransaction, inUnionWideTransaction } from '@facile/platform/persistence';
import { TenantContext, TenantId } from '@facile/platform/tenancy';
import { CaseTransitionRecord } from './records/case-transition.record';
import { CaseRecord } from './records/case.record';
import { FacilitationRecord } from './records/facilitation.record';

const DIMENSION_SQL: Record<ReportDimension, string> = {
  month: `to_char(f.recorded_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM')`,
  tenant: 'f.tenant_id',
  topic: 'f.topic',
  serviceArea: 'f.service_area',
  ageBand: 'f.age_band',
  gender: 'f.gender',
  activityType: 'f.activity_type',
};

const eventOf = (to: CaseStatus) =>
  to === 'scheduled'
    ? 'assistance.case.scheduled'
    : isClosed(to)
      ? 'assistance.case.closed'
      : 'assistance.case.updated';

/** Cases in PostgreSQL (RLS per municipality); every change writes its transition row and its event in one transaction. */
@Injectable()
export class TypeOrmCaseStore extends CaseStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  open(c: NewCase): Promise<StoredCase> {
    return TenantContext.run(c.tenant as TenantId, () =>
      inTenantTransaction(this.ds, async (m) => {
        const citizen = c.citizen;
        await m.insert(CaseRecord, {
          id: c.id,
          tenantId: c.tenant,
          code: c.code,
          manageTokenHash: c.manageTokenHash,
          topic: c.topic,
          channel: c.channel,
          status: 'open',
          outcome: null,
          bookingCode: null,
          checklist: c.checklist,
          missing: c.missing,
          nextSteps: c.nextSteps,
          firstName: citizen?.firstName ?? null,
          lastName: citizen?.lastName ?? null,
          fiscalCode: citizen?.fiscalCode ?? null,
          email: citizen?.email ?? null,
          phone: citizen?.phone ?? null,
          birthYear: citizen?.birthYear ?? null,
        });
        const stored = await this.load(m, c.code);
        if (!stored) throw new Error('inserted case not found');
        await this.outbox.append(m, {
          type: 'assistance.case.opened',
          aggregateType: 'case',
          aggregateId: stored.id,
          tenant: stored.tenant,
          data: toCaseState(stored),
        });
        return stored;
      }),
    );
  }

  findByCode(code: string): Promise<StoredCase | null> {
    return inUnionWideTransaction(this.ds, (m) => this.load(m, code));
  }

  change(code: string, decide: (c: StoredCase) => CaseChange): Promise<StoredCase | null> {
    return inUnionWideTransaction(this.ds, (m) => this.changeIn(m, code, decide));
  }

  /** The same inside a caller's transaction (the inbox's, for scheduling events). */
  async changeIn(
    m: EntityManager,
    code: string,
    decide: (c: StoredCase) => CaseChange | null,
  ): Promise<StoredCase | null> {
    const locked = await m.findOne(CaseRecord, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!locked) return null;
    const current = await this.load(m, code);
    if (!current) return null;
    const change = decide(current);
    if (!change) return current;
    const now = new Date();
    await m.update(
      CaseRecord,
      { id: current.id },
      {
        status: change.to,
        ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
        ...(change.bookingCode !== undefined ? { bookingCode: change.bookingCode } : {}),
        ...(change.noShow ? { noShows: current.noShows + 1 } : {}),
        ...(isClosed(change.to) && !isClosed(current.status) ? { closedAt: now } : {}),
      },
    );
    await m.insert(CaseTransitionRecord, {
      id: randomUUID(),
      tenantId: current.tenant,
      caseId: current.id,
      fromStatus: current.status,
      toStatus: change.to,
      actor: change.actor,
      note: change.note ?? null,
    });
    if (change.facilitation) {
      await m.insert(FacilitationRecord, {
        id: randomUUID(),
        tenantId: current.tenant,
        topic: current.topic,
        outcome: change.outcome ?? null,
        ...change.facilitation,
        recordedAt: now,
      });
    }
    const updated = await this.load(m, code);
    if (!updated) return null;
    await this.outbox.append(m, {
      type: eventOf(change.to),
      aggregateType: 'case',
      aggregateId: updated.id,
      tenant: updated.tenant,
      data: toCaseState(updated),
    });
    return updated;
  }

  list(filter: CaseFilter): Promise<StoredCase[]> {
    if (filter.tenants !== 'all' && filter.tenants.length === 0) return Promise.resolve([]);
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows = await m.find(CaseRecord, {
        where: {
          ...(filter.tenants === 'all' ? {} : { tenantId: In([...filter.tenants]) }),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.topic ? { topic: filter.topic } : {}),
        },
        order: { createdAt: 'DESC' },
        take: 500,
      });
      return rows.map((r) => toStored(r, []));
    });
  }

  report(q: ReportQuery): Promise<ReportRow[]> {
    if (q.tenants !== 'all' && q.tenants.length === 0) return Promise.resolve([]);
    return inUnionWideTransaction(this.ds, async (m) => {
      const params: unknown[] = [q.from, q.to];
      let where = 'f.recorded_at >= $1 AND f.recorded_at < $2';
      if (q.tenants !== 'all') {
        params.push([...q.tenants]);
        where += ' AND f.tenant_id = ANY($3)';
      }
      const select = q.groupBy.map((d) => `${DIMENSION_SQL[d]} AS "${d}"`);
      const group =
        q.groupBy.length > 0
          ? ` GROUP BY ${q.groupBy.map((_, i) => i + 1).join(', ')} ORDER BY ${q.groupBy.map((_, i) => i + 1).join(', ')}`
          : '';
      const rows: Record<string, string>[] = await m.query(
        `SELECT ${[...select, 'count(*)::int AS "count"'].join(', ')} FROM assistance.facilitations f WHERE ${where}${group}`,
        params,
      );
      return rows.map((r) => ({ ...r, count: Number(r['count']) }) as ReportRow);
    });
  }

  purge(closedBefore: Date): Promise<number> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(CaseRecord)
        .set({
          firstName: null,
          lastName: null,
          fiscalCode: null,
          email: null,
          phone: null,
          birthYear: null,
          purgedAt: () => 'now()',
        })
        .where('status IN (:...closed) AND closed_at < :before AND purged_at IS NULL', {
          closed: [...CLOSED_STATUSES],
          before: closedBefore,
        })
        .execute();
      // Free-text notes may name the person too.
      await m.query(
        `UPDATE assistance.case_transitions t SET note = NULL FROM assistance.cases c WHERE t.case_id = c.id AND c.purged_at IS NOT NULL AND t.note IS NOT NULL`,
      );
      return result.affected ?? 0;
    });
  }

  private async load(m: EntityManager, code: string): Promise<StoredCase | null> {
    const r = await m.findOne(CaseRecord, { where: { code } });
    if (!r) return null;
    const history = await m.find(CaseTransitionRecord, {
      where: { tenantId: r.tenantId, caseId: r.id },
      order: { at: 'ASC' },
    });
    return toStored(r, history);
  }
}

function toStored(r: CaseRecord, history: CaseTransitionRecord[]): StoredCase {
  return {
    id: r.id,
    code: r.code,
    manageTokenHash: r.manageTokenHash,
    tenant: r.tenantId,
    topic: r.topic,
    channel: r.channel as Channel,
    status: r.status,
    outcome: r.outcome,
    bookingCode: r.bookingCode,
    noShows: r.noShows,
    checklist: r.checklist,
    missing: r.missing,
    nextSteps: r.nextSteps,
    citizen:
      r.purgedAt || r.firstName === null || r.lastName === null
        ? null
        : {
            firstName: r.firstName,
            lastName: r.lastName,
            ...(r.fiscalCode ? { fiscalCode: r.fiscalCode } : {}),
            ...(r.email ? { email: r.email } : {}),
            ...(r.phone ? { phone: r.phone } : {}),
            ...(r.birthYear !== null ? { birthYear: r.birthYear } : {}),
          },
    createdAt: r.createdAt,
    closedAt: r.closedAt,
    history: history.map((h) => ({
      from: h.fromStatus as CaseStatus,
      to: h.toStatus as CaseStatus,
      by: h.actor,
      at: h.at,
      note: h.note,
    })),
  };
}
