import type { Tenant } from '@facile/web/api-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Which municipality's settings are shown (only those the administrator may change). */
export function TenantPicker({
  tenants,
  value,
  onChange,
}: {
  tenants: readonly Tenant[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <div className="select-wrapper mb-4">
      <label htmlFor={id}>{t('tenant.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
      >
        {tenants.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="form-text">
        {t('tenant.hint')}
      </small>
    </div>
  );
}
