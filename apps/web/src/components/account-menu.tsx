/** The header's corner: who is signed in (name, unit) with a menu, or a sign-in link for visitors. */
import '../styles/account-forms.css';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { logOut, useMe, useSessionChanged, type Me } from '../api/auth-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ACCOUNT_PATH, ADMIN_PATH, HOME_PATH, signInPath } from '../lib/routes.ts';

/** The unit shown under the name: the member's own, else the unit of the first role. */
function unitOf(me: Me): string | null {
  return me.member?.unit.name ?? me.roles[0]?.unit_name ?? null;
}

export function AccountMenu() {
  const { t } = useI18n();
  const me = useMe();
  const [location, navigate] = useLocation();
  const sessionChanged = useSessionChanged();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !rootRef.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  if (me.isPending) return null;
  if (!me.data) {
    const onSignIn = location.startsWith('/dang-nhap') || location.startsWith('/dang-ky');
    return onSignIn ? null : (
      <Link className="account-menu__sign-in" href={signInPath(location === HOME_PATH ? undefined : location)}>
        {t('auth.menu.signIn')}
      </Link>
    );
  }
  const account = me.data;
  const unit = unitOf(account);
  const administers = account.roles.some((role) => role.role === 'admin' || role.role === 'supporter');

  async function signOut() {
    await logOut().catch(() => undefined);
    sessionChanged(null);
    navigate(HOME_PATH);
  }

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="account-menu__name">{account.member?.full_name ?? account.account.display_name}</span>
        {unit && <span className="account-menu__unit">{unit}</span>}
      </button>
      <ul id={menuId} className="account-menu__list" hidden={!open}>
        <li>
          <Link href={ACCOUNT_PATH}>{t('auth.menu.account')}</Link>
        </li>
        {administers && (
          <li>
            <Link href={ADMIN_PATH}>{t('auth.menu.admin')}</Link>
          </li>
        )}
        <li>
          <button type="button" onClick={() => void signOut()}>
            {t('auth.menu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
