import { LANGUAGES, type Language } from '../i18n/catalogues.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Each language is named in itself, so a reader finds theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
