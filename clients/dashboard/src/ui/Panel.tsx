import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

interface PanelProps {
  title: string;
  /** Small text at the right of the title: a unit, a count. */
  note?: string;
  className?: string;
  children: ReactNode;
}

/** A framed block of the screen with its title bar. */
export function Panel({ title, note, className, children }: PanelProps) {
  return (
    <section className={`panel frame ${className ?? ''}`} aria-label={title}>
      <header className="panel__header">
        <h2 className="panel__title">{title}</h2>
        {note && <span className="panel__note">{note}</span>}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}

/** What a panel shows until its data is there, or when it cannot be had. */
export function PanelStatus({ error, empty }: { error?: boolean; empty?: boolean }) {
  const { t } = useI18n();
  const text = error ? t('app.error') : empty ? t('app.noData') : t('app.loading');
  return (
    <div className={error ? 'panel-status panel-status--error' : 'panel-status'} role={error ? 'alert' : 'status'}>
      {text}
    </div>
  );
}
