export interface DeliveryView {
  id: string;
  tenant: string;
  channel: string;
  recipient: string;
  status: string;
  attempts: number;
  providerId: string | null;
  lastError: string | null;
  sourceEventId: string;
  sourceEventType: string;
  bookingRef: string | null;
  caseRef: string | null;
  subject: string;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface DeliveryFilter {
  /** Municipalities the caller may see; undefined = every one (union admin). */
  tenants?: readonly string[];
  status?: string;
  type?: string;
  limit: number;
}

/** Read side of the delivery log. */
export abstract class DeliveryLog {
  abstract list(filter: DeliveryFilter): Promise<DeliveryView[]>;
  abstract get(id: string): Promise<DeliveryView | null>;
}
