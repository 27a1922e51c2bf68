import { ErrorState, LoadingState, QueryView } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { UnionPage } from '../shared/union-page';
import { UNION_PATHS } from '../shared/union-paths';
import {
  cpsvUrl,
  useCard,
  useCreateCard,
  useLifecycle,
  useTaxonomies,
  useUpdateCard,
  type ServiceCard,
} from './catalogue-api';
import { CardForm } from './card-form';
import { cardToForm, emptyCardForm } from './card-form-model';

function Taxonomies({ children }: { children: (c: ReturnType<typeof useTaxonomies>) => React.ReactNode }) {
  const tax = useTaxonomies();
  if (tax.categories.status === 'pending' || tax.lifeEvents.status === 'pending') return <LoadingState />;
  if (tax.categories.status === 'error')
    return <ErrorState error={tax.categories.error} onRetry={() => void tax.categories.refetch()} />;
  if (tax.lifeEvents.status === 'error')
    return <ErrorState error={tax.lifeEvents.error} onRetry={() => void tax.lifeEvents.refetch()} />;
  return <>{children(tax)}</>;
}

/** A new procedure: the form, then the draft's own page. */
export function NewProcedurePage() {
  const { t } = useTranslation('union');
  const create = useCreateCard();
  const navigate = useNavigate();
  return (
    <UnionPage title={t('card.newTitle')}>
      <p>
        <Link to={UNION_PATHS.catalogue}>{t('catalogue.back')}</Link>
      </p>
      <Taxonomies>
        {(tax) => (
          <CardForm
            initial={emptyCardForm()}
            isNew
            categories={tax.categories.data ?? []}
            lifeEvents={tax.lifeEvents.data ?? []}
            saving={create.isPending}
            error={create.error}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: (card) => navigate(UNION_PATHS.procedure(card.slug), { state: { created: true } }),
              })
            }
          />
        )}
      </Taxonomies>
    </UnionPage>
  );
}

function Lifecycle({ card }: { card: ServiceCard }) {
  const { t } = useTranslation('union');
  const lifecycle = useLifecycle(card.slug);
  const [asking, setAsking] = useState<'publish' | 'retire' | null>(null);
  const [done, setDone] = useState<'published' | 'retired' | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const action = card.status === 'draft' ? 'publish' : card.status === 'published' ? 'retire' : null;
  return (
    <section aria-labelledby="lifecycle-title" className="mb-5">
      <h2 id="lifecycle-title" className="h3">
        {t('card.lifecycle')}
      </h2>
      <p>
        {t('card.status')}: <strong>{t(`card.statuses.${card.status}`)}</strong> (
        {t('card.version', { version: card.version })})
      </p>
      {action && (
        <Button
          innerRef={opener}
          color={action === 'retire' ? 'danger' : 'primary'}
          onClick={() => setAsking(action)}
        >
          {t(`card.${action}`)}
        </Button>
      )}
      <div aria-live="polite">
        {done && <p className="alert alert-success mt-3">{t(`card.${done}`)}</p>}
        {lifecycle.error && (
          <p role="alert" className="alert alert-danger mt-3">
            {t('card.errors.conflict')}
          </p>
        )}
      </div>
      <p className="mt-3">
        {card.status === 'draft' ? (
          t('card.cpsvDraft')
        ) : (
          <a href={cpsvUrl(card.slug)} target="_blank" rel="noreferrer">
            {t('card.cpsv')}
          </a>
        )}
      </p>
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'retire' ? t('card.retireConfirmTitle') : t('card.publishConfirmTitle')}
        message={
          asking === 'retire'
            ? t('card.retireConfirm', { title: card.title })
            : t('card.publishConfirm', { title: card.title })
        }
        confirmLabel={asking === 'retire' ? t('card.retire') : t('card.publish')}
        onCancel={() => {
          setAsking(null);
          opener.current?.focus();
        }}
        onConfirm={() => {
          const which = asking;
          setAsking(null);
          if (!which) return;
          lifecycle.mutate(which, {
            onSuccess: () => setDone(which === 'publish' ? 'published' : 'retired'),
          });
        }}
      />
    </section>
  );
}

function EditCard({ card }: { card: ServiceCard }) {
  const { t } = useTranslation('union');
  const update = useUpdateCard(card.slug);
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  return (
    <UnionPage title={t('card.editTitle', { title: card.title })}>
      <p>
        <Link to={UNION_PATHS.catalogue}>{t('catalogue.back')}</Link>
      </p>
      <div aria-live="polite">
        {created && !update.data && <p className="alert alert-success">{t('card.created')}</p>}
        {update.data && (
          <p className="alert alert-success">{t('card.saved', { version: update.data.version })}</p>
        )}
      </div>
      <Lifecycle card={card} />
      <Taxonomies>
        {(tax) => (
          <CardForm
            key={card.slug}
            initial={cardToForm(card)}
            isNew={false}
            categories={tax.categories.data ?? []}
            lifeEvents={tax.lifeEvents.data ?? []}
            saving={update.isPending}
            error={update.error}
            onSubmit={({ slug: _slug, ...body }) => update.mutate(body)}
          />
        )}
      </Taxonomies>
    </UnionPage>
  );
}

/** One procedure card: its state in the life cycle, its CPSV-AP export and every part of it to edit. */
export function ProcedurePage() {
  const { slug = '' } = useParams();
  const card = useCard(slug);
  return <QueryView query={card}>{(c) => <EditCard card={c} />}</QueryView>;
}
