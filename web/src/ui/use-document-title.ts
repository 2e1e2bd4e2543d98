import { useEffect } from 'react';

/** The tab's title says where the person is (screen readers announce it on page changes). */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} – Clinicall`;
  }, [title]);
};
