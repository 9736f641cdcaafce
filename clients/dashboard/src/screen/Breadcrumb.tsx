import { useI18n } from '../i18n/I18n';
import type { Scope } from '../navigation/scope';

/** Both provinces › province › prefecture › county; every step but the last leads back up. */
export function Breadcrumb({ scope, onFocus }: { scope: Scope; onFocus(code: string | null): void }) {
  const { t, fullName } = useI18n();
  const steps = [{ code: null as string | null, label: t('scope.allFull') }, ...scope.path.map((region) => ({ code: region.code, label: fullName(region) }))];
  return (
    <nav className="breadcrumb" aria-label={t('scope.breadcrumb')}>
      <ol>
        {steps.map((step, index) => (
          <li key={step.code ?? 'all'}>
            {index < steps.length - 1 ? (
              <button type="button" onClick={() => onFocus(step.code)}>
                {step.label}
              </button>
            ) : (
              <span aria-current="location">{step.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
