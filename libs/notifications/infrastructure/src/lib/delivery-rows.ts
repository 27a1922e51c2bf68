import { DataSource } from 'typeorm';
import { NotificationDeliveryRecord } from './notification-delivery.record';

/**
 * A delivery as `RETURNING *` gave it (column names) → the record (property names), so a claim or an update
 * need not read the rows it just wrote a second time. The driver has already typed the values (Date, number).
 */
export function deliveriesFromRows(
  ds: DataSource,
  rows: Record<string, unknown>[],
): NotificationDeliveryRecord[] {
  const columns = ds.getMetadata(NotificationDeliveryRecord).columns;
  return rows.map((row) => {
    const d = new NotificationDeliveryRecord();
    for (const c of columns) (d as unknown as Record<string, unknown>)[c.propertyName] = row[c.databaseName];
    return d;
  });
}
