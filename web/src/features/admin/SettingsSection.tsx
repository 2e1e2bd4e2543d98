import { defaultLinkTtlSeconds } from '@clinicall/shared';
import { useTranslation } from 'react-i18next';
import { siteConfig } from '../../config.ts';

/** How this deployment is set up, as the site's configuration tells it: read here, changed in the deployment. */
export const SettingsSection = () => {
  const { t } = useTranslation('admin');
  const config = siteConfig();
  const minutes = Math.max(1, Math.round((config.linkTtlSeconds ?? defaultLinkTtlSeconds) / 60));
  const rows: [string, string][] = [
    [t('settings.mode'), t(`settings.modes.${config.mode}`)],
    [t('settings.linkLifetime'), t('settings.minutes', { count: minutes })],
    [t('settings.consultNowChannel'), t(`settings.channel.${config.consultNowChannel ?? 'sms'}`)],
    [t('settings.timeZone'), config.timeZone ?? 'Europe/London'],
    [t('settings.defaultLanguage'), t(`settings.language.${config.defaultLanguage === 'sv' ? 'sv' : 'en'}`)],
    [t('settings.country'), t(`settings.countryName.${config.country === 'SE' ? 'SE' : 'GB'}`)],
  ];
  return (
    <section className="card" aria-labelledby="admin-settings-title">
      <h2 id="admin-settings-title">{t('settings.title')}</h2>
      <p className="muted">{t('settings.lead')}</p>
      <dl className="admin-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
