/** Milliseconds left → mm:ss (hours roll into minutes: 61:05). Never negative. */
export const formatRemaining = (milliseconds: number): string => {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The same, in words for screen readers: "4 minutes 5 seconds". */
export const describeRemaining = (milliseconds: number): string => {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes > 0 && `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`, (rest > 0 || minutes === 0) && `${rest} ${rest === 1 ? 'second' : 'seconds'}`];
  return parts.filter(Boolean).join(' ');
};
