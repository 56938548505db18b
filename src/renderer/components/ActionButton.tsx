// A button whose enabled state and reason come from the chart's `actions` (the main side decides; never a rule here).
import { useId, type ButtonHTMLAttributes } from 'react';
import type { AllowedActions } from '../../shared/contract/chart.contract';

type ActionState = AllowedActions[keyof AllowedActions];

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  readonly action: ActionState;
  readonly busy?: boolean;
  /** Hide the reason when the whole panel already says why (e.g. a phase that has not come yet). */
  readonly quiet?: boolean;
}

export function ActionButton({ action, busy = false, quiet = false, children, className, ...rest }: ActionButtonProps) {
  const reasonId = useId();
  const showReason = !action.allowed && action.reason && !quiet;
  return (
    <span className="action">
      <button
        type="button"
        className={className}
        {...rest}
        disabled={!action.allowed || busy}
        aria-describedby={showReason ? reasonId : undefined}
      >
        {children}
      </button>
      {showReason ? (
        <span className="action__reason" id={reasonId}>
          {action.reason}
        </span>
      ) : null}
      {action.allowed && action.requiresPhysician && action.reason ? <span className="action__reason">{action.reason}</span> : null}
    </span>
  );
}
