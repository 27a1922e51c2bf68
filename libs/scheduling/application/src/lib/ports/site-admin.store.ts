import type { LocalInterval, OpeningHours } from '@facile/scheduling/domain';
import { OfferingSettings } from './scheduling.reader';

/** Port: administrative changes to the network's sites. */
export abstract class SiteAdminStore {
  abstract setOpeningHours(site: string, hours: OpeningHours): Promise<void>;
  abstract putException(site: string, tenant: string, date: string, hours: LocalInterval[], reason: string | null): Promise<void>;
  abstract putOffering(tenant: string, offering: OfferingSettings): Promise<void>;
}
