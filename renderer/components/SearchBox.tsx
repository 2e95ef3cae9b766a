import type { Ref } from 'react';
import { useT } from '../i18n';

interface SearchBoxProps {
  ref: Ref<HTMLInputElement>;
  value: string;
  onChange: (value: string) => void;
  /** Enter: a barcode scanner ends every scan with it, so it adds the top hit. */
  onSubmit: () => void;
}

export function SearchBox({ ref, value, onChange, onSubmit }: SearchBoxProps) {
  const t = useT();
  return (
    <input
      ref={ref}
      type="search"
      className="search"
      data-testid="search"
      aria-label={t('search.label')}
      placeholder={t('search.placeholder')}
      autoComplete="off"
      spellCheck={false}
      maxLength={100}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSubmit();
        } else if (event.key === 'Escape' && value !== '') {
          onChange('');
        }
      }}
    />
  );
}
