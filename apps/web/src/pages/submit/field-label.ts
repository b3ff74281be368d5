/** The Vietnamese (or English) name of an initiative field, for comments and errors. */
import type { I18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/catalogues.ts';
import { vi } from '../../i18n/vi/index.ts';

export function fieldLabel(field: string, t: I18n['t']): string {
  const key = `label.${field}`;
  return key in vi ? t(key as MessageKey) : field;
}
