import { formatEuro, parseEuro } from '../lib/euro';

/** The offering form as typed (strings, so nothing the administrator wrote is lost on an error). */
export interface OfferingFormValues {
  enabled: boolean;
  fee: string;
  onlineUrl: string;
  notes: string;
  duration: string;
}

export interface OfferingBody {
  enabled: boolean;
  feeCents: number;
  onlineUrl: string | null;
  notes: string | null;
  durationMinutes: number | null;
}

export type OfferingField = 'fee' | 'onlineUrl' | 'duration';
/** i18n keys under `admin:offering.errors`. */
export type OfferingError = 'feeEmpty' | 'feeFormat' | 'feeRange' | 'url' | 'duration';

export function formValues(offering?: {
  enabled: boolean;
  feeCents: number;
  onlineUrl: string | null;
  notes: string | null;
  durationMinutes: number | null;
}): OfferingFormValues {
  return {
    enabled: offering?.enabled ?? false,
    fee: formatEuro(offering?.feeCents ?? 0),
    onlineUrl: offering?.onlineUrl ?? '',
    notes: offering?.notes ?? '',
    duration: offering?.durationMinutes == null ? '' : String(offering.durationMinutes),
  };
}

/** The request body, or the problem of each field that stops it. */
export function toBody(
  values: OfferingFormValues,
): { ok: true; body: OfferingBody } | { ok: false; errors: Partial<Record<OfferingField, OfferingError>> } {
  const errors: Partial<Record<OfferingField, OfferingError>> = {};
  const fee = parseEuro(values.fee);
  if (!fee.ok)
    errors.fee = fee.reason === 'empty' ? 'feeEmpty' : fee.reason === 'range' ? 'feeRange' : 'feeFormat';
  const url = values.onlineUrl.trim();
  if (url !== '' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) errors.onlineUrl = 'url';
  const duration = values.duration.trim();
  const minutes = Number(duration);
  if (duration !== '' && (!/^\d+$/.test(duration) || minutes < 5 || minutes > 240))
    errors.duration = 'duration';
  if (!fee.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      enabled: values.enabled,
      feeCents: fee.cents,
      onlineUrl: url === '' ? null : url,
      notes: values.notes.trim() === '' ? null : values.notes.trim(),
      durationMinutes: duration === '' ? null : minutes,
    },
  };
}
