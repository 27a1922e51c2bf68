import { Icon } from 'design-react-kit';

/** Nothing to show: said, not left as a blank space. */
export function EmptyState({ message }: { message: string }) {
  return (
    <p className="d-flex align-items-center gap-2 my-4">
      <Icon icon="it-info-circle" color="primary" size="sm" />
      {message}
    </p>
  );
}
