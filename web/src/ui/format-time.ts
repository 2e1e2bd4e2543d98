/** 14:05 today, or 3 Mar 14:05 another day. */
export const formatTime = (instant: string, now = new Date()): string => {
  const date = new Date(instant);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${time}`;
};
