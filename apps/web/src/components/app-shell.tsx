/** Header with the brand, navigation and language switch; the main landmark; the footer. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/i18n.tsx';
import { HOME_PATH, MY_INITIATIVES_PATH, SUBMIT_PATH } from '../lib/routes.ts';
import { AccountMenu } from './account-menu.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { WorkLinks } from './work-links.tsx';

function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const [location] = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A client-side page change is silent for screen readers unless focus moves to the new content.
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [location]);
  return mainRef;
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const mainRef = useFocusMainOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <div className="brand">
            <Link href={HOME_PATH} className="brand__name">
              {t('app.name')}
            </Link>
            <p className="brand__slogan">{t('app.slogan')}</p>
          </div>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <Link href={HOME_PATH} aria-current={location === HOME_PATH ? 'page' : undefined}>
                  {t('nav.home')}
                </Link>
              </li>
              <li>
                <Link href={SUBMIT_PATH} aria-current={location === SUBMIT_PATH ? 'page' : undefined}>
                  {t('nav.submit')}
                </Link>
              </li>
              <li>
                <Link href={MY_INITIATIVES_PATH} aria-current={location === MY_INITIATIVES_PATH ? 'page' : undefined}>
                  {t('nav.myInitiatives')}
                </Link>
              </li>
              <WorkLinks />
            </ul>
          </nav>
          <NotificationBell />
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            <strong>{t('app.name')}</strong> · {t('footer.about')}
          </p>
          <p>
            <a href="/api/openapi.json">{t('footer.api')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
