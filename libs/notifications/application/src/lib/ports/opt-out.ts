export interface OptOutSubject {
  tenant: string;
  channel: string;
  recipient: string;
}

/** Signed, unguessable opt-out tokens (the link in every message). */
export abstract class OptOutTokens {
  abstract sign(subject: OptOutSubject): string;
  /** Null when the token is malformed or its signature is wrong. */
  abstract verify(token: string): OptOutSubject | null;
}

export abstract class OptOutStore {
  abstract add(subject: OptOutSubject): Promise<void>;
}
