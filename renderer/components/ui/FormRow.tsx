// One labelled field with its message in place under it: an error (role="alert", the field marked
// aria-invalid) or a quiet help line, tied to the field with aria-describedby.
import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';
import './ui.css';

export interface FormRowProps {
  label: ReactNode;
  /** The one control: input, select or textarea. It gets the id and the aria wiring. */
  children: ReactElement<Record<string, unknown>>;
  error?: string | null;
  help?: ReactNode;
  /** Shown after the label for a field the form cannot save without. */
  required?: boolean;
  /** Spans the whole row of a two-column form. */
  wide?: boolean;
  className?: string;
  /** data-testid of the message (so tests can read exactly what the person reads). */
  messageTestId?: string;
}

export function FormRow({
  label,
  children,
  error,
  help,
  required,
  wide,
  className,
  messageTestId,
}: FormRowProps) {
  const id = useId();
  const fieldId = (children.props.id as string | undefined) ?? `${id}-field`;
  const messageId = `${id}-message`;
  const hasMessage = Boolean(error) || Boolean(help);
  const classes = ['ui-row', wide ? 'ui-wide' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="ui-label" htmlFor={fieldId}>
        {label}
        {required && (
          <span className="ui-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {cloneElement(children, {
        id: fieldId,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
        'aria-describedby': hasMessage ? messageId : undefined,
      })}
      {error ? (
        <p id={messageId} className="ui-message ui-message-error" role="alert" data-testid={messageTestId}>
          {error}
        </p>
      ) : (
        help && (
          <p id={messageId} className="ui-message">
            {help}
          </p>
        )
      )}
    </div>
  );
}
