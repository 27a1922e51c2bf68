import { unwrap, useApiClients } from '@facile/web/api-client';
import { problemMessage } from '@facile/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Aggiungi al calendario": the API's .ics of the booking (stable UID, SEQUENCE), saved as a file. */
export function CalendarButton({ code, token }: { code: string; token: string }) {
  const { t } = useTranslation('booking');
  const { t: tc } = useTranslation();
  const api = useApiClients();
  const [error, setError] = useState('');
  const download = async () => {
    setError('');
    try {
      const text = await unwrap(
        api.scheduling.GET('/scheduling/v1/bookings/{code}/calendar.ics', {
          params: { path: { code }, header: { 'X-Manage-Token': token } },
          parseAs: 'text',
        }),
      );
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `appuntamento-${code}.ics`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(problemMessage(e, tc));
    }
  };
  return (
    <>
      <button type="button" className="btn btn-outline-primary" onClick={() => void download()}>
        {t('done.calendar')}
      </button>
      <span aria-live="assertive">
        {error && (
          <span role="alert" className="d-block text-danger">
            {error}
          </span>
        )}
      </span>
    </>
  );
}
