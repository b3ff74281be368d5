/** A labelled input with its hint and its error beside it, wired for screen readers. */
import { useEffect, useId, type InputHTMLAttributes, type RefObject } from 'react';
import '../styles/account-forms.css';
import { ApiError } from '../api/api-error.ts';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

export function Field({ label, hint, error, id, className, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The field errors of an API answer, keyed by field name (empty for other errors). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}

/** The answer's message for the whole form, unless every problem is already shown beside a field. */
export function FormError({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  const fields = fieldErrors(error);
  const keys = Object.keys(fields);
  if (keys.length > 0 && keys.every((key) => shownFields.includes(key))) return null;
  const message =
    error instanceof ApiError && error.code === 'network'
      ? NETWORK_MESSAGE[document.documentElement.lang === 'en' ? 'en' : 'vi']
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}

const NETWORK_MESSAGE = {
  vi: 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  en: 'Cannot reach the server. Check the connection and try again.',
};

/** After a failed submit, focus moves to the first field with an error (its label and error are read out). */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
