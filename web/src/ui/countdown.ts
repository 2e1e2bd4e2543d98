import i18next from 'i18next';

/** Milliseconds left → mm:ss (hours roll into minutes: 61:05). Never negative. */
export const formatRemaining = (milliseconds: number): string => {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The same, in words for screen readers: "4 minutes 5 seconds", in the page's language. */
export const describeRemaining = (milliseconds: number): string => {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    minutes > 0 && i18next.t('duration.minutes', { ns: 'ui', count: minutes }),
    (rest > 0 || minutes === 0) && i18next.t('duration.seconds', { ns: 'ui', count: rest }),
  ];
  return parts.filter(Boolean).join(' ');
};
