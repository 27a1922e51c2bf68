import type { SchedulingApi } from '@facile/web/api-client';
import { problemMessage } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_GRACE_MS } from './grace-timer';

type AgendaBooking = SchedulingApi.components['schemas']['AgendaBooking'];
export type Action = 'check-in' | 'complete' | 'no-show';

/** The actions the booking's status allows (the API's transitions): check-in and no-show, then complete. */
export function actionsFor(status: AgendaBooking['status']): Action[] {
  if (status === 'booked') return ['check-in', 'no-show'];
  if (status === 'checked-in') return ['complete'];
  return [];
}

export interface AgendaActionsProps {
  booking: AgendaBooking;
  /** The action held back in its undo window, if any. */
  pending?: Action;
  /** Whole seconds before the pending action is sent. */
  secondsLeft?: number;
  /** The action sent and not answered yet. */
  sending?: Action;
  error?: unknown;
  onAction: (action: Action) => void;
  onUndo: () => void;
}

/**
 * A row's actions. Chosen, an action waits a few seconds with an "Undo" button before it is sent (the API
 * has no way back); the change is announced, and the focus goes to Undo, then back to the action undone.
 */
export function AgendaActions({
  booking,
  pending,
  secondsLeft,
  sending,
  error,
  onAction,
  onUndo,
}: AgendaActionsProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<Action | 'undo' | 'box' | null>(null);
  const actions = actionsFor(booking.status);
  const seconds = UNDO_GRACE_MS / 1000;

  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    const box = boxRef.current;
    const target =
      want === 'undo'
        ? undoRef.current
        : want === 'box'
          ? box
          : (box?.querySelector<HTMLElement>(`[data-action="${want}"]`) ?? box);
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });
  const choose = (a: Action) => {
    focusNext.current = 'undo';
    onAction(a);
  };
  const undo = () => {
    focusNext.current = pending ?? 'box';
    onUndo();
  };
  // One function for the row's life: a new one each render would be called with null at every redraw (the
  // countdown's, once a second) and send the focus away from Undo as if the button had left.
  const undoButtonRef = useCallback((el: HTMLButtonElement | null) => {
    // the Undo button leaves when the action is sent: if it had the focus, the row's box takes it
    if (el === null && undoRef.current === document.activeElement && focusNext.current === null)
      focusNext.current = 'box';
    undoRef.current = el;
  }, []);

  return (
    <div ref={boxRef} tabIndex={-1} className="d-flex flex-wrap align-items-center gap-2 d-print-none">
      {/* announced once, as the window opens; the countdown beside it is for the eyes only */}
      <span role="status" className="visually-hidden">
        {pending
          ? t(`undo.pending.${pending}`, { code: booking.code, seconds })
          : sending
            ? t('undo.sending')
            : ''}
      </span>
      {pending && (
        <span aria-hidden="true" className="small">
          {t(`undo.pending.${pending}`, { code: booking.code, seconds: secondsLeft ?? seconds })}
        </span>
      )}
      {pending ? (
        <Button
          innerRef={undoButtonRef}
          size="xs"
          color="primary"
          onClick={undo}
          aria-label={t(`undo.buttonOf.${pending}`, { code: booking.code })}
        >
          {t('undo.button')}
        </Button>
      ) : (
        actions.map((a) => (
          <Button
            key={a}
            data-action={a}
            size="xs"
            color="primary"
            outline={a === 'no-show'}
            aria-disabled={sending ? true : undefined}
            onClick={() => !sending && choose(a)}
            aria-label={t(`actions.${a}Of`, { code: booking.code })}
          >
            {t(`actions.${a}`)}
          </Button>
        ))
      )}
      {error !== undefined && !pending && (
        <p role="alert" className="text-danger small mb-0 w-100">
          {problemMessage(error, tc)}
        </p>
      )}
    </div>
  );
}
