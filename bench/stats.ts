/** Percentile of sorted-on-demand samples, in the samples' unit. */
export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
};

export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Runs `count` copies of `task` at once; answers each one's duration in ms. */
export const concurrently = async (count: number, task: (i: number) => Promise<void>): Promise<number[]> =>
  Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const started = performance.now();
      await task(i);
      return performance.now() - started;
    }),
  );

export const table = (rows: readonly (readonly string[])[]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
};
