import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The confirmation before cancelling: a modal <dialog> (focus kept inside, Escape closes it). */
export function CancelDialog({
  open,
  onClose,
  onConfirm,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('booking');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="border rounded p-4"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-text"
      onClose={onClose}
    >
      <h2 id="cancel-title" className="h4">
        {t('manage.cancelConfirmTitle')}
      </h2>
      <p id="cancel-text">{t('manage.cancelConfirmText')}</p>
      <div className="d-flex gap-2 justify-content-end">
        <button type="button" className="btn btn-outline-primary" onClick={onClose}>
          {t('manage.cancelNo')}
        </button>
        <button type="button" className="btn btn-danger" onClick={onConfirm}>
          {t('manage.cancelYes')}
        </button>
      </div>
    </dialog>
  );
}
