import { problemMessage } from '@facile/web/ui';
import { Button, Icon } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CsvFile {
  blob: Blob;
  filename: string;
}

/** The file name of a `Content-Disposition: attachment; filename="…"` header, or a fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(header ?? '');
  return match?.[1] ?? fallback;
}

/** Saves a blob the API produced as a file, as a link with `download` would. */
function save({ blob, filename }: CsvFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A CSV download from the API (the staff token rides with the request, so a plain link cannot do it): the
 * file is the API's, not built here; a failure is said next to the button.
 */
export function CsvButton({ fetchCsv, label }: { fetchCsv: () => Promise<CsvFile>; label?: string }) {
  const { t } = useTranslation('union');
  const { t: tc } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="d-inline-block">
      <Button
        color="primary"
        outline
        size="sm"
        icon
        aria-disabled={busy || undefined}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          setError(null);
          try {
            save(await fetchCsv());
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Icon icon="it-download" size="sm" color="primary" />
        <span>{busy ? t('csv.downloading') : (label ?? t('csv.download'))}</span>
      </Button>
      <div aria-live="polite">
        {error !== null && (
          <p role="alert" className="text-danger small mt-1">
            {t('csv.failed', { reason: problemMessage(error, tc) })}
          </p>
        )}
      </div>
    </div>
  );
}
