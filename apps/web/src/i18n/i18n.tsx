/** The language context: `t()` for the chosen catalogue, and a switch that keeps `<html lang>` in step. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadCatalogue, storeLanguage, type Catalogue, type Language, type MessageKey } from './catalogues.ts';
import { fillTemplate, interpolate, type TemplateParams } from './template.ts';

export interface I18n {
  language: Language;
  t(key: MessageKey, params?: TemplateParams<string | number>): string;
  /** Like t(), with React nodes (links, code) in the placeholders. */
  tRich(key: MessageKey, params: TemplateParams<ReactNode>): ReactNode[];
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

interface ProviderProps {
  initial: { language: Language; catalogue: Catalogue };
  children: ReactNode;
}

export function I18nProvider({ initial, children }: ProviderProps) {
  const [state, setState] = useState(initial);

  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);

  const setLanguage = useCallback((language: Language) => {
    storeLanguage(language);
    void loadCatalogue(language).then((catalogue) => setState({ language, catalogue }));
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language: state.language,
      t: (key, params) => interpolate(state.catalogue[key], params),
      tRich: (key, params) => fillTemplate<ReactNode>(state.catalogue[key], params),
      setLanguage,
    }),
    [state, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
