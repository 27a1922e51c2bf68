import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/** The part of a TanStack Query result the states need (`useQuery(...)` returns one). */
export interface QueryLike<T> {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  dataUpdatedAt: number;
  refetch: () => Promise<unknown>;
}

export interface QueryViewProps<T> {
  query: QueryLike<T>;
  /** Whether the answer has nothing to show, and what to say then. */
  isEmpty?: (data: T) => boolean;
  emptyMessage?: string;
  /** Show "Updated at hh:mm" (Europe/Rome) under the content. */
  showUpdatedAt?: boolean;
  children: (data: T) => ReactNode;
}

/** One server read in its four states: loading, failed (with retry), empty, and its content. */
export function QueryView<T>({
  query,
  isEmpty,
  emptyMessage = '',
  showUpdatedAt = false,
  children,
}: QueryViewProps<T>) {
  const { t } = useTranslation();
  if (query.status === 'pending') return <LoadingState />;
  if (query.status === 'error' || query.data === undefined)
    return (
      <ErrorState error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  if (isEmpty?.(query.data)) return <EmptyState message={emptyMessage} />;
  return (
    <>
      {children(query.data)}
      {showUpdatedAt && (
        <p className="small text-secondary">{t('states.updatedAt', { at: new Date(query.dataUpdatedAt) })}</p>
      )}
    </>
  );
}
