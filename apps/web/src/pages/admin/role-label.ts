import type { Role } from '@sangkien/shared/enums';
import type { I18n } from '../../i18n/i18n.tsx';

/** The role's name in the reader's language. */
export function roleLabel(t: I18n['t'], role: Role): string {
  return t(`admin.role.${role}`);
}
