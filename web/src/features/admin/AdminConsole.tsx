import { useTranslation } from 'react-i18next';
import { RoomsAdmin } from '../meeting-rooms/index.ts';
import { AuditSection } from './audit/AuditSection.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { StaffSection } from './StaffSection.tsx';
import './admin.css';

/** The administrator's console: the staff, the meeting rooms, the settings and the audit trail — no clinical actions. */
export const AdminConsole = ({ token }: { token: string }) => {
  const { t } = useTranslation('admin');
  return (
    <>
      <h1 className="visually-hidden">{t('title')}</h1>
      <StaffSection token={token} />
      <RoomsAdmin token={token} />
      <SettingsSection />
      <AuditSection token={token} />
    </>
  );
};
