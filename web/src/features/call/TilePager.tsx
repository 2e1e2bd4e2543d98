import { useTranslation } from 'react-i18next';

interface TilePagerProps {
  readonly page: number;
  readonly pages: number;
  readonly previous: (() => void) | undefined;
  readonly next: (() => void) | undefined;
}

/** Previous and next page of the gallery, and where you are in it. */
export const TilePager = ({ page, pages, previous, next }: TilePagerProps) => {
  const { t } = useTranslation('call');
  return (
    <nav className="call__pager" aria-label={t('media.pages')}>
      <button className="call__pager-button" type="button" onClick={previous} disabled={!previous} aria-label={t('media.previousPage')}>
        ‹
      </button>
      <span className="call__pager-where" aria-live="polite">
        {t('media.page', { page: page + 1, pages })}
      </span>
      <button className="call__pager-button" type="button" onClick={next} disabled={!next} aria-label={t('media.nextPage')}>
        ›
      </button>
    </nav>
  );
};
