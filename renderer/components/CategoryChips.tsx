import { useT } from '../i18n';

interface CategoryChipsProps {
  categories: readonly string[];
  selected: string | null;
  onSelect: (category: string | null) => void;
}

export function CategoryChips({ categories, selected, onSelect }: CategoryChipsProps) {
  const t = useT();
  const chip = (category: string | null, label: string) => (
    <button
      key={category ?? ''}
      type="button"
      className="chip"
      data-testid="category-chip"
      data-category={category ?? ''}
      aria-pressed={selected === category}
      onClick={() => onSelect(category)}
    >
      {label}
    </button>
  );
  return (
    <nav className="chips" aria-label={t('category.label')}>
      {chip(null, t('category.all'))}
      {categories.map((category) => chip(category, category))}
    </nav>
  );
}
