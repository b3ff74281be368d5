import { useEffect } from 'react';

/** Names the browser tab (and what screen readers announce on arrival) after the page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
