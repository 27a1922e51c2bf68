import { Injectable } from '@nestjs/common';
import { Clock, HolidaySource } from '@facile/scheduling/application';
import { HolidayCalendar, HolidayRules, PatronDayRule } from '@facile/scheduling/domain';
import { TenantRegistry } from '@facile/platform/tenancy';
import holidays from '../seed/holidays.json';

/** National holidays from the reference data; patron days from the tenant registry (configuration). */
@Injectable()
export class ConfiguredHolidaySource extends HolidaySource {
  private readonly value: HolidayCalendar;

  constructor(tenants: TenantRegistry) {
    super();
    const patronDays: Record<string, PatronDayRule | undefined> = {};
    for (const t of tenants.municipalities()) patronDays[t.id] = t.patronDay;
    this.value = new HolidayCalendar(holidays as HolidayRules, patronDays);
  }

  calendar(): HolidayCalendar {
    return this.value;
  }
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
