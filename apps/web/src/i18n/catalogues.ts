/** The message catalogues: Vietnamese is the source and ships in the main bundle; others load on demand. */
import vi from './vi.json';

export type Catalogue = typeof vi;
export type MessageKey = keyof Catalogue;
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'sangkien.language';

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'vi') return vi;
  const en: Catalogue = (await import('./en.json')).default;
  return en;
}

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'vi';
  } catch {
    return 'vi'; // storage blocked (private mode): fall back to the source language
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
