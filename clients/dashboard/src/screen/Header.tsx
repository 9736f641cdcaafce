import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import type { Scope } from '../navigation/scope';
import { roleOf, session } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';

interface HeaderProps {
  scope: Scope | null;
  token: string;
  onFocus(code: string | null): void;
}

function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function Header({ scope, token, onFocus }: HeaderProps) {
  const { t, fullName, language } = useI18n();
  const now = useClock();
  const role = roleOf(token);
  const province = scope?.path[0]?.code ?? null;
  const options = [
    { code: null as string | null, label: t('scope.all') },
    ...(scope?.provinces ?? []).map((region) => ({ code: region.code, label: fullName(region) })),
  ];

  return (
    <header className="screen-header">
      <div className="screen-header__side">
        <nav className="switch" aria-label={t('scope.switch')}>
          {options.map((option) => (
            <button
              key={option.code ?? 'all'}
              type="button"
              className={option.code === province ? 'switch__option switch__option--active' : 'switch__option'}
              aria-pressed={option.code === province}
              onClick={() => onFocus(option.code)}
            >
              {option.label}
            </button>
          ))}
        </nav>
      </div>
      <div className="screen-header__title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <div className="screen-header__side screen-header__side--end">
        <time className="clock" dateTime={now.toISOString()}>
          {now.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {role && <span className="role-badge">{t(`role.${role}`)}</span>}
        <LanguageSwitch />
        <button type="button" className="button button--small" onClick={session.signOut}>
          {t('session.signOut')}
        </button>
      </div>
    </header>
  );
}
