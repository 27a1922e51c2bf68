import { SelectField, TextField } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import type { Registrant, RegistrantErrors, RegistrantField } from './registrant';

export interface RegistrantFormProps {
  value: Registrant;
  onChange: (value: Registrant) => void;
  errors: RegistrantErrors;
}

/** Name, surname, codice fiscale, e-mail, phone and language, each labelled and with its error. */
export function RegistrantFields({ value, onChange, errors }: RegistrantFormProps) {
  const { t } = useTranslation('sessions');
  const set = (field: RegistrantField) => (v: string) => onChange({ ...value, [field]: v });
  const err = (field: RegistrantField) => (errors[field] ? t(`form.${errors[field]}`) : undefined);
  return (
    <fieldset>
      <legend className="h4">{t('form.legend')}</legend>
      <TextField
        id="reg-firstName"
        label={t('form.firstName')}
        value={value.firstName}
        onChange={set('firstName')}
        error={err('firstName')}
        required
        autoComplete="given-name"
      />
      <TextField
        id="reg-lastName"
        label={t('form.lastName')}
        value={value.lastName}
        onChange={set('lastName')}
        error={err('lastName')}
        required
        autoComplete="family-name"
      />
      <TextField
        id="reg-fiscalCode"
        label={t('form.fiscalCode')}
        value={value.fiscalCode}
        onChange={(v) => set('fiscalCode')(v.toUpperCase())}
        hint={t('form.fiscalCodeHint')}
        error={err('fiscalCode')}
        maxLength={16}
        autoCapitalize="characters"
        spellCheck={false}
      />
      <TextField
        id="reg-email"
        type="email"
        label={t('form.email')}
        value={value.email}
        onChange={set('email')}
        error={err('email')}
        autoComplete="email"
      />
      <TextField
        id="reg-phone"
        type="tel"
        label={t('form.phone')}
        value={value.phone}
        onChange={set('phone')}
        error={err('phone')}
        autoComplete="tel"
      />
      <SelectField
        id="reg-locale"
        label={t('form.language')}
        value={value.locale}
        onChange={(v) => onChange({ ...value, locale: v === 'en' ? 'en' : 'it' })}
        options={[
          { value: 'it', label: 'Italiano' },
          { value: 'en', label: 'English' },
        ]}
      />
    </fieldset>
  );
}
