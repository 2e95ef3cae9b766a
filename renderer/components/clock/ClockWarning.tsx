// The clock warning (docs/clock.md): when the engine does not trust the laptop's clock, selling is
// refused, and this says why over everything else: the clock's time beside the newest one written,
// and what to do (fix the clock, or a manager accepts it with a PIN in the usual approval dialog).
// It asks at sign-in, after unlocking and every minute; the API client asks again the moment any
// command is refused with CLOCK_SUSPECT. It cannot be dismissed: it goes when the clock is trusted.
import { useEffect, useState } from 'react';
import { CLOCK_AHEAD_LIMIT_HOURS, type ClockStatus } from '../../../shared/contract';
import { formatZonedDateTime, zoneName } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useClock } from '../../stores/clock';
import { useSession } from '../../stores/session';
import { ApprovalDialog } from '../till/ApprovalDialog';
import { Dialog } from '../ui';
import './clock.css';

const CHECK_EVERY_MS = 60_000;

export function ClockWarning() {
  const locked = useSession((s) => s.locked);
  const status = useClock((s) => s.status);
  const check = useClock((s) => s.check);
  const reset = useClock((s) => s.reset);

  // At sign-in and after each unlock (the clock may have moved while the till stood locked).
  useEffect(() => {
    if (!locked) void check();
  }, [locked, check]);
  useEffect(() => {
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      reset();
    };
  }, [check, reset]);

  if (locked || !status?.problem) return null;
  return <ClockDialog status={status} />;
}

function ClockDialog({ status }: { status: ClockStatus }) {
  const t = useT();
  const check = useClock((s) => s.check);
  const accepted = useClock((s) => s.accepted);
  const signOut = useSession((s) => s.signOut);
  const [asking, setAsking] = useState(false);
  const [stillWrong, setStillWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const at = (iso: string) => formatZonedDateTime(new Date(iso), status.timeZone);
  const behind = status.problem === 'behind';
  const other = behind ? status.newestAt : status.lastActivityAt;

  const recheck = async () => {
    setChecking(true);
    setStillWrong(false);
    await check();
    setChecking(false);
    // Still open means still wrong; a trusted clock unmounts this dialog.
    setStillWrong(true);
  };

  const leave = () => {
    void call('auth.logout', {}).catch(() => undefined);
    signOut();
  };

  return (
    <Dialog
      title={t('clock.title')}
      onClose={() => undefined}
      canClose={false}
      className="clock-warning"
      footer={
        <div className="clock-actions">
          <button type="button" className="btn btn-quiet" data-testid="clock-sign-out" onClick={leave}>
            {t('auth.signOut')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="clock-recheck"
            data-autofocus
            disabled={checking}
            onClick={() => void recheck()}
          >
            {t('clock.recheck')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="clock-confirm"
            onClick={() => setAsking(true)}
          >
            {t('clock.confirm')}
          </button>
        </div>
      }
    >
      <div data-testid="clock-warning" data-problem={status.problem}>
        <p className="clock-lead">
          {behind ? t('clock.behind') : t('clock.ahead', { hours: CLOCK_AHEAD_LIMIT_HOURS })}
        </p>
        <dl className="clock-times">
          <div className="clock-time clock-time-now">
            <dt>{t('clock.now')}</dt>
            <dd data-testid="clock-now">{at(status.now)}</dd>
          </div>
          {other && (
            <div className="clock-time">
              <dt>{behind ? t('clock.newest') : t('clock.lastActivity')}</dt>
              <dd data-testid="clock-other">{at(other)}</dd>
            </div>
          )}
        </dl>
        <h3 className="clock-steps-title">{t('clock.whatToDo')}</h3>
        <ol className="clock-steps">
          <li>{t('clock.fix', { zone: zoneName(status.timeZone, new Date(status.now)) })}</li>
          <li>{t('clock.orConfirm')}</li>
        </ol>
        <p className="clock-still" role="status" aria-live="polite" data-testid="clock-still-wrong">
          {stillWrong && !checking ? t('clock.stillWrong') : ''}
        </p>
      </div>
      {asking && (
        <ApprovalDialog
          reason={t('clock.approvalReason', { now: at(status.now) })}
          onClose={() => setAsking(false)}
          onApprove={async (approval) => {
            const answer = await call('clock.confirm', { approval });
            setAsking(false);
            accepted(answer);
          }}
        />
      )}
    </Dialog>
  );
}
