/** What messages say about the municipality: its name (the tenant id when unknown) and the sender address. */
export abstract class Municipalities {
  abstract name(tenant: string): string;
  abstract organizerEmail(tenant: string): string;
}
