// The tab strip of the manager screens (catalogue, stock, printers, settings): one row of buttons
// with role="tab"; the arrow keys, Home and End move between tabs so the keyboard never has to
// walk through every button.
import './tabs.css';
import type { KeyboardEvent } from 'react';

interface TabsProps<T extends string> {
  tabs: readonly T[];
  current: T;
  onChange: (tab: T) => void;
  /** Names the tab list for screen readers (the screen's title). */
  label: string;
  labelOf: (tab: T) => string;
  /** data-testid of each button is `${testIdPrefix}-${tab}`. */
  testIdPrefix: string;
}

export function Tabs<T extends string>({
  tabs,
  current,
  onChange,
  label,
  labelOf,
  testIdPrefix,
}: TabsProps<T>) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(at + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(at - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={move}>
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={current === id}
          tabIndex={current === id ? 0 : -1}
          data-tab={id}
          data-testid={`${testIdPrefix}-${id}`}
          onClick={() => onChange(id)}
        >
          {labelOf(id)}
        </button>
      ))}
    </div>
  );
}
