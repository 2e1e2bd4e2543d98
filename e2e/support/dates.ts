import type { Locator } from 'playwright-core';

/** Types YYYY-MM-DD into a date's three boxes (found by their labels, whatever their order). */
export const typeDate = async (date: Locator, isoDate: string): Promise<void> => {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  await date.getByLabel('Day').fill(String(Number(day)));
  await date.getByLabel('Month').fill(String(Number(month)));
  await date.getByLabel('Year').fill(year);
};
