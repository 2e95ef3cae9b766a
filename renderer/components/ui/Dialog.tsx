// A modal dialog (the native <dialog> of Modal) with its buttons in a footer that stays in view:
// the body scrolls when it is long, the footer does not.
import type { ReactNode } from 'react';
import { Modal } from '../Modal';
import './ui.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  canClose?: boolean;
  /** The buttons, in reading order; the main one last. */
  footer: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Dialog({ title, onClose, canClose, footer, children, className, testId }: DialogProps) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      canClose={canClose}
      className={className ? `ui-dialog ${className}` : 'ui-dialog'}
    >
      <div className="ui-dialog-body" data-testid={testId}>
        {children}
      </div>
      <div className="ui-dialog-footer">{footer}</div>
    </Modal>
  );
}
