import { operations, type StaffGroup, type StaffMember, staffGroups } from '@clinicall/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Layout.tsx';
import { call } from '../../api/client.ts';

/** Everyone who can sign in, by role, as the directory has them. */
export const StaffSection = ({ token }: { token: string }) => {
  const { t } = useTranslation('admin');
  const [staff, setStaff] = useState<Partial<Record<StaffGroup, readonly StaffMember[]>>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    Promise.all(staffGroups.map(async (group) => [group, (await call(operations.listStaff, { token, query: { group } })).staff] as const)).then(
      (groups) => current && setStaff(Object.fromEntries(groups)),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return (
    <section className="card" aria-labelledby="admin-staff-title" aria-busy={!staff && !failed}>
      <h2 id="admin-staff-title">{t('staff.title')}</h2>
      <p className="muted">{t('staff.lead')}</p>
      {failed && <Notice tone="error">{t('staff.failed')}</Notice>}
      {staff && (
        <dl className="admin-list">
          {staffGroups.map((group) => (
            <div key={group} data-testid={`staff-${group}`}>
              <dt>{t(`staff.groups.${group}`)}</dt>
              <dd>{staff[group]?.length ? staff[group].map((m) => `${m.name} (${m.email})`).join(', ') : t('staff.none')}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
};
