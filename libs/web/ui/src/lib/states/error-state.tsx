import { Button, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problem-message';

export interface ErrorStateProps {
  /** The failure (an ApiProblem, or anything else: then it reads as "no answer"). */
  error: unknown;
  onRetry: () => void;
  /** A retry is under way: the button stays where it is (and keeps the focus) but does nothing. */
  retrying?: boolean;
}

/** A failed load, said in words a citizen understands, with a way to try again. */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    // Bootstrap Italia's alert markup: the kit's <Alert> adds a reactstrap fade transition we do not want
    <div role="alert" className="alert alert-danger my-4">
      <h2 className="h5 d-flex align-items-center gap-2">
        <Icon icon="it-error" color="danger" size="sm" />
        {t('states.errorTitle')}
      </h2>
      <p>{problemMessage(error, t)}</p>
      <Button
        color="primary"
        size="sm"
        icon
        aria-disabled={retrying || undefined}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        <Icon icon="it-refresh" color="white" size="sm" />
        <span>{retrying ? t('states.loading') : t('states.retry')}</span>
      </Button>
    </div>
  );
}
