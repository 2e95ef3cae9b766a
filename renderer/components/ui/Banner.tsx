// A message across the panel: info, warn, error or success. Errors interrupt (role="alert"), the
// rest are read out politely (role="status").
import type { ReactNode } from 'react';
import './ui.css';

export type BannerTone = 'info' | 'warn' | 'error' | 'success';

export function Banner({
  tone,
  children,
  testId,
  className,
  action,
}: {
  tone: BannerTone;
  children: ReactNode;
  testId?: string;
  className?: string;
  /** A button beside the text, e.g. "Coba lagi". */
  action?: ReactNode;
}) {
  const classes = ['ui-banner', `ui-banner-${tone}`, className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <p className="ui-banner-text">{children}</p>
      {action}
    </div>
  );
}
