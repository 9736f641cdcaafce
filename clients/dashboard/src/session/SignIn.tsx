import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18n';
import { LanguageSwitch } from '../screen/LanguageSwitch';
import {
  DEPARTMENTS,
  requestDevelopmentToken,
  session,
  SIGN_IN_ROLES,
  useSession,
  type Department,
  type SignInRole,
} from './session';

export function SignIn() {
  const { t } = useI18n();
  const { expired } = useSession();
  const [role, setRole] = useState<SignInRole>('leader');
  const [department, setDepartment] = useState<Department>('forest-resources');
  const [division, setDivision] = useState('');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const staff = role === 'staff';
      session.signIn(
        await requestDevelopmentToken({
          role,
          ...(staff ? { department } : {}),
          ...(division.trim() ? { division: division.trim() } : {}),
        }),
      );
    } catch (failure) {
      setError(t('session.failed', { message: (failure as Error).message }));
    } finally {
      setPending(false);
    }
  }

  function signInWithToken(event: FormEvent) {
    event.preventDefault();
    if (pasted.trim()) session.signIn(pasted);
  }

  return (
    <main className="sign-in">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <section className="sign-in__card frame" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title" className="sign-in__title">
          {t('app.title')}
        </h1>
        <p className="sign-in__subtitle">{t('session.subtitle')}</p>
        {expired && <p className="sign-in__notice">{t('session.expired')}</p>}

        <form onSubmit={signIn} className="sign-in__form">
          <fieldset className="sign-in__roles">
            <legend>{t('session.role')}</legend>
            {SIGN_IN_ROLES.map((option) => (
              <label key={option} className={option === role ? 'chip chip--active' : 'chip'}>
                <input type="radio" name="role" value={option} checked={option === role} onChange={() => setRole(option)} />
                {t(`role.${option}`)}
              </label>
            ))}
          </fieldset>
          {role === 'staff' && (
            <label className="field">
              <span>{t('session.department')}</span>
              <select value={department} onChange={(event) => setDepartment(event.target.value as Department)}>
                {DEPARTMENTS.map((option) => (
                  <option key={option} value={option}>
                    {t(`department.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t('session.division')}</span>
            <input
              value={division}
              onChange={(event) => setDivision(event.target.value)}
              placeholder={t('session.divisionHint')}
              inputMode="numeric"
              pattern="\d{6}"
            />
          </label>
          <button type="submit" className="button button--primary" disabled={pending}>
            {t('session.signIn')}
          </button>
        </form>

        <div className="sign-in__or">{t('session.or')}</div>

        <form onSubmit={signInWithToken} className="sign-in__form">
          <label className="field">
            <span>{t('session.token')}</span>
            <textarea value={pasted} onChange={(event) => setPasted(event.target.value)} placeholder={t('session.tokenHint')} rows={3} />
          </label>
          <button type="submit" className="button" disabled={!pasted.trim()}>
            {t('session.useToken')}
          </button>
        </form>
        {error && (
          <p className="sign-in__error" role="alert">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}
