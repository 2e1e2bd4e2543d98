import { paths } from '@clinicall/shared/paths';
import { getApiBase } from '../../../api/request.ts';
import { latestToken } from '../../../auth/staff-session.ts';

/** Fetches the trail as CSV with the same filters and saves it as a file; false when it could not. */
export const exportAuditCsv = async (token: string, query: Record<string, string>): Promise<boolean> => {
  const search = new URLSearchParams(query).toString();
  try {
    const response = await fetch(`${getApiBase()}${paths.auditCsv}${search ? `?${search}` : ''}`, {
      headers: { authorization: `Bearer ${latestToken(token)}` },
    });
    if (!response.ok) return false;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `audit-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    // The browser has the file once the click is handled; the address is freed after.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  } catch {
    return false;
  }
};
