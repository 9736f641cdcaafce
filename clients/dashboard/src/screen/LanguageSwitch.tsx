import { useI18n } from '../i18n/I18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      title={t('app.languageName')}
      aria-label={t('app.languageName')}
    >
      {t('app.language')}
    </button>
  );
}
