/** Navigation items for reviewers and support teams, shown once the session says they have the role. */
import { Link, useLocation } from 'wouter';
import { useMe } from '../api/member-queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ON_BEHALF_PATH, REVIEW_PATH } from '../lib/routes.ts';

export function WorkLinks() {
  const { t } = useI18n();
  const [location] = useLocation();
  const me = useMe(false);
  const roles = new Set(me.data?.roles.map((r) => r.role) ?? []);
  const links = [
    roles.has('reviewer') || roles.has('admin') ? { href: REVIEW_PATH, label: t('nav.review') } : null,
    roles.has('supporter') ? { href: ON_BEHALF_PATH, label: t('nav.support') } : null,
  ].filter((link) => link !== null);
  return (
    <>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={location === link.href ? 'page' : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
    </>
  );
}
