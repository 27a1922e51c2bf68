// Form fields of both front ends: a label tied to its control, the hint and the error tied to it too
// (aria-describedby), the control marked invalid; Bootstrap Italia's classes.
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id'
> {
  /** The input's id (a form that focuses its first error needs it); a generated one otherwise. */
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** The message shown under the field, tied to it (aria-describedby) and marking it invalid. */
  error?: string;
  /**
   * Announce the error as it appears (role="alert"): for a form that does not move the focus to its first
   * error on submit; one that does lets the field's description say it.
   */
  announce?: boolean;
}

/** The ids a control is described by: its hint, then its error. */
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The hint and the error under a control, with the ids `describedBy` names. */
function FieldMessages({
  id,
  hint,
  error,
  announce,
}: {
  id: string;
  hint?: string;
  error?: string;
  announce?: boolean;
}) {
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role={announce ? 'alert' : undefined}>
          {error}
        </div>
      )}
    </>
  );
}

/** A labelled input with its hint and its error tied to it. */
export function TextField({
  id: given,
  label,
  value,
  onChange,
  hint,
  error,
  announce,
  required,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="form-label fw-semibold d-block">
        {label}
      </label>
      <input
        id={id}
        // Bootstrap Italia styles inputs by their type: one with none would show no border at all.
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
      <FieldMessages id={id} hint={hint} error={error} announce={announce} />
    </div>
  );
}

export interface TextAreaFieldProps
  extends
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'>,
    Pick<TextFieldProps, 'id' | 'label' | 'value' | 'onChange' | 'hint' | 'error' | 'announce'> {}

/** A labelled multi-line input with its hint and its error tied to it (TextField's rules). */
export function TextAreaField({
  id: given,
  label,
  value,
  onChange,
  hint,
  error,
  announce,
  required,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="form-label fw-semibold d-block">
        {label}
      </label>
      <textarea
        id={id}
        className={`form-control${error ? ' is-invalid' : ''}`}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
      <FieldMessages id={id} hint={hint} error={error} announce={announce} />
    </div>
  );
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  error?: string;
  required?: boolean;
}

/** A labelled native select (keyboard and screen readers know it), with its error tied to it. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  required,
}: SelectFieldProps) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="form-label fw-semibold d-block">
        {label}
      </label>
      <select
        id={id}
        className={`form-select${error ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );
}
