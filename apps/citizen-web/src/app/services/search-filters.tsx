import { tenantsQuery, useApiClients } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { categoriesQuery, lifeEventsQuery, type SearchParams } from './catalogue-queries';

interface Option {
  value: string;
  label: string;
}

function Select(props: {
  label: string;
  value: string;
  options: Option[];
  anyLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="select-wrapper mb-4">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="w-100 mw-100"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface SearchFiltersProps {
  search: SearchParams;
  onChange: (next: Partial<SearchParams>) => void;
}

/** Category, life event, municipality and booking mode: real selects, each with its label. */
export function SearchFilters({ search, onChange }: SearchFiltersProps) {
  const { t } = useTranslation('services');
  const { language } = useLanguage();
  const clients = useApiClients();
  const categories = useQuery(categoriesQuery(clients)).data ?? [];
  const lifeEvents = useQuery(lifeEventsQuery(clients)).data ?? [];
  const tenants = (useQuery(tenantsQuery(clients)).data ?? []).filter((x) => x.kind === 'municipality');
  const byTitle = (a: Option, b: Option) => a.label.localeCompare(b.label, language);
  return (
    <fieldset>
      <legend className="h5">{t('list.filters')}</legend>
      <Select
        label={t('list.category')}
        value={search.category ?? ''}
        anyLabel={t('list.any')}
        options={categories.map((c) => ({ value: c.id, label: c.title[language] })).sort(byTitle)}
        onChange={(v) => onChange({ category: v || undefined })}
      />
      <Select
        label={t('list.lifeEvent')}
        value={search.lifeEvent ?? ''}
        anyLabel={t('list.any')}
        options={lifeEvents.map((c) => ({ value: c.id, label: c.title[language] })).sort(byTitle)}
        onChange={(v) => onChange({ lifeEvent: v || undefined })}
      />
      <Select
        label={t('list.municipality')}
        value={search.tenant ?? ''}
        anyLabel={t('list.anyMunicipality')}
        options={tenants.map((x) => ({ value: x.id, label: x.name }))}
        onChange={(v) => onChange({ tenant: v || undefined })}
      />
      <Select
        label={t('list.mode')}
        value={search.bookable === undefined ? '' : search.bookable ? 'appuntamento' : 'libero'}
        anyLabel={t('list.any')}
        options={[
          { value: 'appuntamento', label: t('list.bookable') },
          { value: 'libero', label: t('list.walkIn') },
        ]}
        onChange={(v) => onChange({ bookable: v === '' ? undefined : v === 'appuntamento' })}
      />
    </fieldset>
  );
}
